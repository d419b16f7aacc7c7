"""Forms of Sahel press copy: French left inside an English sentence, money in "mds" and
"M FCFA", "tri-border", "1er oct.", acronyms misspelt beside their expansion, the region's
acronyms written out in English. Each check must catch the defect and let the faithful
rendering pass."""

from __future__ import annotations

import pytest

from excerpts.checks import check_pair

CATCHES = [
    ("unchanged", "Les habitants affirment n’avoir reçu aucune aide depuis plusieurs semaines.",
     "Residents say they have not received aucune aide depuis plusieurs semaines."),
    ("unchanged", "Les syndicats ont appelé à une grève générale le 31 mars.",
     "The unions called a grève générale on March 31."),
    ("unchanged", "La situation restait sous contrôle dans la capitale, selon la police.",
     "According to the police, la situation restait sous contrôle in the capital."),
    ("numbers", "Coût du projet : 85 mds de FCFA.", "Project cost: CFA 85 million."),
    ("numbers", "L’enveloppe atteint 900 M FCFA.", "The envelope comes to CFA 900,000."),
    ("numbers", "Un prêt de 3 Mrds $.", "A loan of $3 million."),
    ("numbers", "la zone des trois frontières", "the two-border area"),
    ("numbers", "la zone des deux frontières", "the tri-border area"),
    ("dates", "OUAGADOUGOU, 1er oct. (AIB) – Le capitaine a reçu une délégation.",
     "OUAGADOUGOU, Nov. 1 (AIB) – The captain received a delegation."),
    ("dates", "Le scrutin aura lieu le 1er janv.", "The vote will take place on the 1st Feb."),
    ("acronyms", "Le Programme alimentaire mondial (PAM) estime que 5,7 millions ont faim.",
     "The World Food Programme (WPF) estimates that 5.7 million people are hungry."),
    ("acronyms", "Les Volontaires pour la défense de la patrie (VDP) ont repoussé l’attaque.",
     "The Volunteers for the Defence of the Homeland (VPD) repelled the attack."),
    ("acronyms", "Les trois pays de l’AES ont signé.", "The three countries have signed."),
    ("names", "La Cédéao a levé les sanctions.", "The bloc lifted the sanctions."),
    ("names", "L’Otan et la Minusma ont réagi.", "Nato and the army reacted."),
    ("acronyms", "La CEDEAO a levé les sanctions.", "The bloc lifted the sanctions."),
    # A paragraph that lost a sentence, though not half its length.
    ("length", "Les autorités religieuses appellent les fidèles au calme après les affrontements "
     "survenus dans plusieurs villages du centre, qui ont fait de nombreuses victimes. Elles "
     "exhortent aussi les jeunes à ne pas céder aux discours de haine sur les réseaux sociaux.",
     "Religious authorities are calling on the faithful to remain calm after the clashes in "
     "several villages in the centre, which caused many casualties."),
    ("numbers", "À Ouahigouya, trois cents personnes ont manifesté.",
     "In Ouahigouya, several hundred people demonstrated."),
    ("numbers", "À Ouahigouya, plusieurs centaines de personnes ont manifesté.",
     "In Ouahigouya, three hundred people demonstrated."),
    ("quotes", "« Le Burkina n’est pas à vendre », a déclaré le capitaine Traoré à Ouagadougou.",
     "“Burkina is not for sale,” Captain Traoré said in Ouagadougou, calling critics “liars”."),
    ("names", "L’hôpital de Dori a reçu 42 blessés, a indiqué Médecins sans frontières.",
     "The Dori hospital received 42 wounded, the charity said."),
    # Niger and Nigeria are different countries; so are their peoples.
    ("names", "Plus de 300 Nigériens ont été expulsés.", "More than 300 Nigerians were expelled."),
    ("names", "L’ambassadeur du Niger a parlé.", "The Nigerian ambassador spoke."),
    ("numbers", "Un Guinéen sur deux n’a pas accès à l’électricité.",
     "A third of Guineans have no access to electricity."),
    ("numbers", "Un Guinéen sur trois n’a pas accès à l’électricité.",
     "Half of Guineans have no access to electricity."),
    ("numbers", "Ils vivent avec la menace depuis près de vingt ans.",
     "For nearly a decade, they have lived with the threat."),
    ("numbers", "Le scrutin aura lieu dans quinze jours.", "The vote will take place in ten days."),
    ("numbers", "Le prix du gaz a doublé en six mois.", "Gas prices have tripled in six months."),
    ("numbers", "Le nombre de réfugiés a été multiplié par trois.",
     "The number of refugees has doubled."),
    ("numbers", "La campagne 2023-2024 a été bonne.", "The 2023-25 season was good."),
    ("quotes", "« Cette prétendue “coalition internationale” ne nous fera pas plier », a-t-il dit.",
     "“This so-called ‘international coalition will not make us bend,” he said."),
    ("acronyms", "L’OMS a confirmé 12 cas de dengue à Ouagadougou.",
     "The OMS confirmed 12 cases of dengue in Ouagadougou."),
    ("names", "Touadéra a remercié les instructeurs russes pour leur appui à Bangui et à Bérengo.",
     "Touadera thanked the Russian instructors for their support in Bangui and Bérengo."),
    ("names", "Le président Bazoum a parlé de la réconciliation.",
     "President Bazum spoke of reconciliation."),
    # An acronym replaced by a description is lost (the table keeps full names only).
    ("acronyms", "La MINUSMA a achevé son retrait.", "The UN mission completed its withdrawal."),
    ("acronyms", "Les FAMa ont repris Léré.", "The Malian army retook Léré."),
    ("acronyms", "Le CICR a facilité la libération de trois otages.",
     "The Red Cross facilitated the release of three hostages."),
    ("acronyms", "Les exportations d’uranium de la SOMAÏR sont bloquées.",
     "Uranium exports from the Arlit mine are blocked."),
    ("brackets", "L’Alliance des États du Sahel (AES) réunit trois pays.",
     "The Alliance of Sahel States AES brings together three countries."),
    ("names", "Le président Bazoum (PNDS) a parlé.", "The PNDS president spoke."),
    # 18H30, and a date in figures whose month the English names.
    ("numbers", "18H30 : arrivée du cortège.", "7:30 p.m.: arrival of the motorcade."),
    ("dates", "Le procès s’ouvrira le 04/12/2023.", "The trial will open on 4 November 2023."),
    ("numbers", "MALI : LA JUNTE PROLONGE LA TRANSITION DE DEUX ANS",
     "Mali: Junta Extends Transition by Three Years"),
    # British style.
    ("numbers", "Le Royaume-Uni a débloqué 3 millions de livres.", "The UK has released £30m."),
    ("numbers", "Il a reçu 1,5 milliard de dollars.", "He received $1.5m."),
    ("numbers", "Il s’est adressé à la nation à 20 h 30.", "He addressed the nation at 9.30pm."),
    ("quotes", "« Quand on nous dit “attendez”, nous répondons non », a lancé le syndicaliste.",
     "‘When they tell us “wait”, we reply no, the trade unionist said."),
    ("names", "Le ministre de la Défense, Kassoum Coulibaly, a annoncé le recrutement.",
     "The defence minister, Kassim Coulibaly, announced the recruitment."),
    # Long paragraphs: a sentence of four lost, a quotation left in French.
    ("length", "Le différend a bloqué les exportations de brut pendant des semaines. Le 6 juin, "
     "le président Talon a posé ses conditions au port de Sèmè. Ce bras de fer a inquiété les "
     "partenaires chinois, qui ont envoyé une délégation. Le Niger comptait sur ce pétrole.",
     "The dispute held up crude exports for weeks. On June 6, President Talon set his "
     "conditions at the port of Sèmè. Niger was counting on this oil."),
    ("unchanged", "« La pression sur les ressources locales est devenue insoutenable », a averti "
     "le coordonnateur.", "“La pression sur les ressources locales est devenue insoutenable,” "
     "the coordinator warned."),
    ("acronyms", "Selon le HCR, 110 000 réfugiés vivent à Mbera.",
     "According to the UN refugee agency, 110,000 refugees live in Mbera."),
    ("numbers", "Il vise un doublement de la production.", "He aims to triple production."),
    ("numbers", "La récolte est en hausse par rapport à la moyenne quinquennale.",
     "The harvest is up on the ten-year average."),
    ("numbers", "Les Étalons se sont qualifiés pour les huitièmes de finale.",
     "The Stallions reached the round of 32."),
    ("percent", "Le coût de la guerre : 22 % du budget consacré à la défense",
     "The Cost of War: 22 of Budget Devoted to Defense"),
    ("numbers", "Le FMI accorde 302 millions de dollars", "IMF Grants $302 Billion"),
    ("unchanged", "Il a été déclaré persona non grata et sommé de quitter le territoire.",
     "He was declared persona non grata et sommé de quitter the country."),
    # A lower-case nationality swapped for another.
    ("names", "Des soldats tchadiens ont été tués près du lac Tchad.",
     "Sudanese soldiers were killed near Lake Chad."),
    ("names", "Les autorités nigériennes ont expulsé 300 migrants.",
     "Nigerian authorities expelled 300 migrants."),
    ("names", "Le ministre malien a parlé.", "The Senegalese minister spoke."),
    ("names", "Des milliers de Bamakois dans la rue", "Thousands on the streets of Ouagadougou"),
    ("dates", "DAKAR, 17 juill. (AFP) - La France a remis ses emprises au Sénégal.",
     "DAKAR, June 17 (AFP) - France handed over its sites to Senegal."),
    # Parties and movements keep their acronyms: a translated or reordered one is a slip.
    ("acronyms", "Le Front national pour la défense de la Constitution (FNDC) a manifesté.",
     "The National Front for the Defence of the Constitution (FDNC) demonstrated."),
    ("acronyms", "Des militants de l’Alliance nationale pour le changement (ANC) ont été arrêtés.",
     "Activists from the National Alliance for Change (NAC) were arrested."),
    ("numbers", "Le budget prévoit 3\u202f924,6 milliards de FCFA.",
     "The budget provides for 3,294.6 billion CFA francs."),
    ("numbers", "Les trois pays ont condamné la suspension.",
     "The countries condemned the suspension."),
    ("names", "Le défilé du 9 Mai a eu lieu à Moscou.", "The June 9 parade took place in Moscow."),
    ("names", "Une série consacrée à Soundiata Keïta, tournée à Ségou.",
     "A series about Soundiata Keita, shot in Ségou."),
    ("names", "Le président Ebrahim Raïssi a reçu le ministre.",
     "President Ebrahim Rassi received the minister."),
    ("unchanged", "Les syndicats maliens ont appelé à une grève générale à Bamako.",
     "Mali’s unions called a grève générale in Bamako."),
    # Durations: the same length of time in other units, or another length.
    ("numbers", "Un cessez-le-feu de 72 heures.", "A two-day ceasefire."),
    ("numbers", "Au cours des douze derniers mois.", "Over the past month."),
    ("numbers", "Il y a deux semaines, le ministre a parlé.", "A week ago, the minister spoke."),
    ("numbers", "Dans les années 90.", "In the 1980s."),
    ("names", "Dmitri Medvedev a parlé.", "Vladimir Medvedev spoke."),
    ("acronyms", "Le VIH progresse.", "AIDS is spreading."),
    ("brackets", "ADRÉ (Tchad), 14 juin (AFP) - Des réfugiés arrivent.",
     "ADRÉ, Chad, June 14 (AFP - Refugees are arriving."),
    ("brackets", "Selon le ministre (qui parlait à Diffa), la situation est calme.",
     "According to the minister, speaking in Diffa, the situation is calm."),
    ("names", "Mondial U17 : bravo les Aiglonnets !", "Under-17 World Cup: well done, Eagles!"),
    ("dates", "Le 8 Mars, journée de la femme.", "April 8, Women’s Day."),
    ("doublewords", "« Bla bla bla », a répondu le ministre.",
     "“Blah blah,” the the minister replied."),
    ("acronyms", "Le Cadre stratégique permanent (CSP) a annoncé la reprise des hostilités.",
     "The Permanent Strategic Framework (PSF) announced a resumption of hostilities."),
    ("numbers", "Le capitaine Traoré, arrivé au pouvoir en septembre 2022, a prolongé la "
     "transition.",
     "Captain Traoré, who came to power [in October 2021], has extended the transition."),
    ("names", "Une délégation conduite par Iounous-Bek Ievkourov.",
     "A delegation led by Yunus-Bek Ivkurov."),
    # Proportions: the share may be a percentage, but it must be the same share.
    ("numbers", "Neuf Maliens sur dix font confiance à la Russie.",
     "80 percent of Malians trust Russia."),
    ("numbers", "Neuf Maliens sur dix font confiance à la Russie.",
     "Eight out of ten Malians trust Russia."),
    ("numbers", "Neuf Maliens sur dix font confiance à la Russie.",
     "Nine out of twelve Malians trust Russia."),
    ("percent", "90\u00a0% des Maliens font confiance à la Russie.", "90 of Malians trust Russia."),
    ("dates", "Ils ont annoncé dans la nuit de mercredi à jeudi avoir renversé le président.",
     "They announced on Tuesday night that they had overthrown the president."),
    ("names", "Dans les départements de l’Alibori et de l’Atacora, 61\u00a0% sont favorables.",
     "In the Alibori and Borgou departments, 61% are in favour."),
    ("names", "Ils ont saccagé l’Institut français de Bobo-Dioulasso.",
     "They ransacked the French Institute in Bobo-Dioulaso."),
    ("names", "Les autorités ont donné 72 heures à l’ambassadeur de France, Joël Meyer.",
     "The authorities gave French ambassador Joël Meyers 72 hours."),
    ("names", "Deux responsables, Oumar Sylla et Ibrahima Diallo, sont détenus.",
     "Two leaders, Omar Sylla and Ibrahima Diallo, are held."),
    ("names", "« Ce dialogue n’a été qu’un monologue », a dénoncé Succès Masra.",
     "“This dialogue was a monologue aimed at a dynastic succession,” said Success Masra."),
    ("names", "Emmanuel Macron a annoncé le retrait militaire français du Mali.",
     "Macron announced the French military withdrawal from Mali."),
    ("names", "Le chef de la junte, le général Tiani, a reçu à Niamey une délégation russe.",
     "The head of Niger’s junta, Gen Tiani, received a Russian delegation in Naimey."),
    ("acronyms", "Choguel Kokalla Maïga était critiqué au sein même du M5-RFP.",
     "Choguel Kokalla Maïga was criticised within the M5-FRP itself."),
    ("numbers", "Ils ont libéré les trois otages.", "They freed both hostages."),
    ("names", "Le Premier ministre Ali Mahamane Lamine Zeine s’est rendu à Moscou.",
     "Prime Minister Ali Mahamane Lamine Zein travelled to Moscow."),
    ("names", "Mali : trois Indiens enlevés dans une cimenterie près de Kayes",
     "Mali: three Indonesians kidnapped at cement plant near Kayes"),
    ("names", "« Il doit rouvrir sa frontière », a déclaré M. Talon devant des responsables.",
     "“It has to reopen its border,” Tallon said in front of officials."),
    ("names", "Le site, situé au sud d’Arlit, à la demande du régime du général Tiani.",
     "The site, south of Arlit, at the request of General Tchiani’s regime."),
    ("numbers", "Le Niger doit multiplier par cinq sa production.",
     "Niger is to increase its output fourfold."),
    ("names", "Les camps de réfugiés se trouvent autour d’Adré et de Farchana.",
     "The refugee camps are around Adré and Farshana."),
    ("names", "a affirmé le ministre de l’Économie, Aboubakar Nacanabo.",
     "Economy Minister Aboubacar Nacanabo said."),
    ("numbers", "Les recettes sont estimées à 300 millions de dollars par an.",
     "Revenues are estimated at several hundred million dollars a year."),
    ("numbers", "Un coût estimé entre 60 et 100 millions de dollars.",
     "An estimated cost of $70 million to $100 million."),
    ("dates", "Une attaque pendant la messe dominicale a fait 15 morts.",
     "An attack during Monday Mass killed 15."),
    ("length", "Tchad : les Émirats arabes unis accordent un prêt de 1,5 milliard de dollars",
     "Chad: UAE loan"),
    ("names", "L’Alliance nationale pour le changement (ANC) de Jean-Pierre Fabre n’obtient "
     "qu’un siège.", "Jean-Pierre Faber’s National Alliance for Change (ANC) won one seat."),
    ("names", "Des corps ont été repêchés dans la lagune de Bè.",
     "Bodies were pulled from the Bé lagoon."),
    ("numbers", "Le poste sera ouvert 24 heures sur 24 à partir du 1er juillet.",
     "The post will be open 12 hours a day from July 1."),
    ("numbers", "Le tribunal de la commune IV de Bamako a condamné mardi Sissoko.",
     "The court of Bamako’s Commune VI on Tuesday convicted Sissoko."),
    ("urls", "Le texte intégral est disponible sur le site republiquetogolaise.com.",
     "The full text is available on the website republiquetogolaise.org."),
    ("quotes", "Le Burkina Faso suspend « Jeune Afrique » « jusqu’à nouvel ordre »",
     "Burkina Faso suspends Jeune Afrique until further notice"),
    ("acronyms", "Le ministère a rappelé que l’AFD finançait des programmes de santé au Mali.",
     "The ministry noted that the French development agency was funding health programmes in "
     "Mali."),
    ("numbers", "Les militaires ont franchi la frontière à 11 h (9 h GMT).",
     "The troops crossed the border at 11 a.m. (1000 GMT)."),
    ("numbers", "Paris a réduit les visas accordés aux Marocains, reprochant à ce pays de ne pas "
     "coopérer.", "Paris cut visas for Moroccans, accusing the three countries of failing to "
     "cooperate."),
    ("names", "« Le décret est un instrument de répression », estime Samira Daoud.",
     "“The decree is an instrument of repression,” said Samira Daoudi."),
    ("names", "Les gendarmes ont été remis aux autorités ivoiriennes à Lomé, grâce au président "
     "togolais.", "The gendarmes were handed over to the Ivorian authorities, thanks to the "
     "Togolese president."),
    ("names", "a déclaré le Premier ministre Jean Emmanuel Ouédraogo devant l’Assemblée "
     "législative de transition (ALT).", "Prime Minister Jean Emmanuel Ouédrago told the "
     "Transitional Legislative Assembly (ALT)."),
    ("names", "Le ministre de la Défense, Kassoum Coulibaly, a parlé devant l’Assemblée "
     "législative de transition (ALT).", "Defense Minister Kassoum Kulibali spoke to the "
     "Transitional Legislative Assembly (ALT)."),
    ("names", "Selon l’ONG Amnesty International, 275 civils ont été tués.",
     "According to a rights group, 275 civilians were killed."),
    ("brackets", "Ils appartenaient à la branche de l’État islamique (EIAO).",
     "They belonged to the Islamic State faction, ISWAP)."),
    ("acronyms", "L’Agence nationale de renseignement (ANR) a réfuté.",
     "The National Intelligence Agency (ANRA) denied it."),
    ("acronyms", "L’Institut national de la statistique (INSTAT) évalue le taux.",
     "The National Institute of Statistics (INSAT) puts the rate."),
    ("numbers", "Le nombre de victimes a été divisé par deux.", "The number of victims tripled."),
    # A country's own institutions keep their French acronyms; only the tables' English forms
    # replace one.
    ("acronyms", "L’Institut national de la statistique (INS) du Niger.",
     "Niger’s National Institute of Statistics (NIS)."),
    ("acronyms", "L’Assemblée législative de transition (ALT) a voté.",
     "The Transitional Legislative Assembly (TLA) voted."),
    ("acronyms", "Le Cadre stratégique permanent pour la défense du peuple de l’Azawad (CSP-DPA) "
     "a revendiqué l’attaque.", "The Permanent Strategic Framework for the Defence of the "
     "People of Azawad (CSP-PDA) claimed the attack."),
    ("acronyms", "Le Mouvement du 5 juin-Rassemblement des forces patriotiques (M5-RFP) a parlé.",
     "The June 5 Movement-Rally of Patriotic Forces (M5-FRP) spoke."),
    ("unchanged", "Le slogan « La patrie ou la mort, nous vaincrons » a été repris par la foule.",
     'The slogan "La patrie ou la mort, nous vaincrons" was taken up by the crowd.'),
    ("names", "Le ministre Mahamane Sani Mahamadou, fils de l’ex-président Mahamadou Issoufou.",
     "Minister Mahamane Sani Mahamoudou, son of former President Mahamadou Issoufou."),
    ("acronyms", "L’AES, qui regroupe le Mali, le Burkina Faso et le Niger, a quitté la CEDEAO.",
     "The alliance, which groups Mali, Burkina Faso and Niger, left ECOWAS."),
    ("names", "Le ministre Sergueï Tsiviliov a parlé.", "Minister Sergei Tsivilov spoke."),
    ("names", "Artiom Koureïev dirige l’agence.", "Artyom Koureev heads the agency."),
    ("names", "Le représentant de l’Algérie, Amar Bendjama, a saisi le Conseil de sécurité.",
     "Algeria’s representative, Amar Benjama, took the matter to the Security Council."),
    ("acronyms", "Ils font davantage confiance aux FAMa (87 %) qu’au CNT.",
     "They trust the Malian Armed Forces (87%) more than the CNT."),
    ("numbers", "Les deux pays partagent une frontière ; tous ont rompu avec la France.",
     "The two countries share a border; all three have broken with France."),
    ("percent", "Selon l’étude, 79 %, 71 % et 64 % des sondés citent la Russie.",
     "According to the study, 79, 71 and 64 of respondents name Russia."),
    ("dates", "Les FAMa sont entrées dans Kidal le mardi 14 novembre.",
     "The FAMa entered Kidal on November 14."),
    ("names", "Andriï Ioussov a parlé.", "Andry Yusov spoke."),
    ("names", "Au stade Général-Seyni-Kountché de Niamey.",
     "At Niamey's General Seyni Kuntché Stadium."),
    ("names", "Le journaliste de BF1 Luc Pagbelguem a été interpellé.",
     "BF1 journalist Luc Pagbelgem was detained."),
    ("endpunc", "Les syndicats exigent : « Libérez nos camarades »",
     "The unions demand: “Free our comrades!”"),
    ("names", "À Kantchari, le trafic a repris.", "In Kanchari, traffic has resumed."),
    ("unchanged", "Ministère de la Défense", "Ministère de la Défense"),
    ("names", "L’or profite enfin aux Burkinabè.", "Gold finally benefits the people of Niger."),
    ("numbers", "Le Président élevé au grade de colonel", "President made a five-star colonel"),
    ("names", "Il déplore l’absence de coopération avec les autorités de Niamey et de Ouagadougou.",
     "He deplores the absence of cooperation with the authorities in Niamey and Bamako."),
    ("numbers", "Appelez le +41 800 24 7 365.", "Call +41 800 24 7 356."),
    ("numbers", "À bord de 4 véhicules.", "In four-wheel vehicles."),
    ("names", "Il a accusé Cotonou d’abriter des « bases françaises », ce que le Bénin dément.",
     "He accused Porto-Novo of harboring “French bases,” which Benin denies."),
    ("names", "Du blé livré au Yémen.", "Wheat delivered to Oman."),
    ("numbers", "Lors des manifestations des 26, 27 et 29 juin.",
     "During the June 26–28 protests."),
    ("numbers", "Celui d’une justice à deux vitesses, sévère pour les petits.",
     "That of three-tier justice, harsh on ordinary people."),
    ("names", "Procès Diendéré : la défense plaide l’acquittement.",
     "Trial: the defence pleads for acquittal."),
    ("numbers", "Elle a devancé Djénébou Danté (23\u202fs\u202f14).",
     "She finished ahead of Djénébou Danté (23.41)."),
    ("names", "Elle a devancé la Malienne Djénébou Danté.",
     "She finished ahead of Niger’s Djénébou Danté."),
    ("brackets", "Nene Dorgeles avait ouvert le score (71e) pour les Aigles (Mali).",
     "Nene Dorgeles had given the Eagles, Mali, the lead in the 71st minute."),
    ("dates", "Le marché de Fatoma, qui se tient le dimanche, a rouvert.",
     "The market in Fatoma, held on Saturdays, has reopened."),
    ("names", "Il a été reçu par le cheikh Mohammed ben Zayed Al Nahyane.",
     "He was received by Sheikh Mohamed bin Zayed Al Nahyne."),
    ("brackets", "L’un des principaux fournisseurs d’accès à Internet (FAI) du pays.",
     "One of the country’s main internet service providers."),
    ("names", "Des combattants liés à al-Qaïda ont incendié 40 camions au Port de l’Amitié.",
     "Al Qaeda-linked fighters set fire to 40 lorries at the port."),
    ("names", "COP29 à Bakou : un accord financier jugé « insuffisant ».",
     "COP29 in Bakau: finance deal ‘insufficient’."),
    ("names", "La paroisse Notre-Dame-du-Rosaire et la grande mosquée se partagent les vivres.",
     "Our Lady of the Rosemary parish and the Grand Mosque share the food."),
    ("names", "Aux cris de « Vive Poutine ! », ils agitaient des drapeaux.",
     "Chanting “Long live the president!” they waved flags."),
    ("names", "Son roman « L’Étrange Destin de Wangrin » a reçu un prix.",
     "His novel “The Fortunes of Wangrim” won a prize."),
    ("numbers", "Le CNT a adopté la loi par 121 voix pour, 0 contre et 0 abstention.",
     "The CNT passed the bill by 121 votes in favour, one against and no abstentions."),
    ("numbers", "Le CNT a adopté la loi par 121 voix pour et 0 contre.",
     "The CNT passed the bill by 112 votes in favour and none against."),
    ("numbers", "58,4 % sont des enfants et près d’un quart des femmes adultes.",
     "58.4 per cent were children and nearly a third adult women."),
    ("names", "Relations Burkina–États-Unis : l’ambassadrice veut « rassurer » l’opinion",
     "Burkina Faso–UK Relations: Ambassador Seeks to “Reassure” Public Opinion"),
    ("unchanged", "Orano détient 63,4 % de la Somaïr, aux côtés de la Sopamin, qui possède les "
     "36,6 % restants.", "Orano holds 63.4% of Somaïr alongside Sopamin, qui possède les 36.6% "
     "restants."),
    ("numbers", "Les échanges ont été multipliés par sept en 2022.",
     "Trade increased eightfold in 2022."),
    ("numbers", "Le gouvernement a promis de diviser par trois le prix de la data.",
     "The government has promised to halve the price of mobile data."),
    ("unchanged", "Des associations comme Yerewolo – Debout sur les remparts ont joué un rôle.",
     "Groups such as Yerewolo – Debout sur les remparts ont joué un rôle."),
    ("numbers", "La Senelec, EDM-SA et la SOMELEC doivent à elles trois quatre mois de factures.",
     "Senelec, EDM-SA and SOMELEC together owe five months of bills."),
    ("acronyms", "Il a salué la création de la Confédération des États du Sahel et de la force "
     "unifiée de l’AES.", "He welcomed the creation of the Confederation of Sahel States and "
     "of the confederation’s unified force."),
    ("names", "Une embuscade près de Koutougou, dans le département de Torodi, selon le ministère "
     "de la Défense.", "An ambush near Koutougou, in the west of the country, the defence "
     "ministry said."),
    ("names", "Des camions-citernes quittent la région en direction d’Agadez ou de Kouri Bougoudi.",
     "Tanker trucks leave the region for Arlit or Kouri Bougoudi."),
    ("unchanged", "L’investiture est prévue le 23 mai au Palais de la démocratie, en présence "
     "de plusieurs chefs d’État.", "The inauguration is scheduled for May 23 at the Palais, en "
     "présence de plusieurs chefs d’État."),
    ("names", "À Ziguinchor, un adolescent de 16 ans, Landing Diédhiou, a succombé.",
     "In Ziguinchor, 16-year-old Landing Diédiou died."),
    ("dates", "Les martyrs du 26 mars 1991 sont morts pour la liberté.",
     "The martyrs of May 26, 1991 died for freedom."),
    ("acronyms", "Ces images ont été générées par IA, selon un professeur.",
     "These images were generated, according to a professor."),
    ("numbers", "Le débit a été mesuré à 2 450 m3/s.",
     "The flow was measured at 2,540 cubic metres per second."),
    ("numbers", "La station émettra 24 heures sur 24 sur 101,5 MHz.",
     "The station will broadcast around the clock on 105.1 MHz."),
    ("endpunc", "Faut-il parler d’un basculement durable ? Les chercheurs restent prudents.",
     "Does this mean a lasting shift. Researchers remain cautious."),
    ("names", "Le préfet, Moussa Haroun Tirgo, a désamorcé « une dizaine de conflits ».",
     "The prefect, Moussa Harun Tirgo, has defused “around ten conflicts.”"),
    ("urls", "Le Kremlin, dans un communiqué publié sur son site (kremlin.ru), a salué l’accord.",
     "In a statement posted on its website (kremiln.ru), the Kremlin hailed the agreement."),
    ("brackets", "Le Tchad (140 000 barils par jour) reste loin derrière le Nigeria (NNPC).",
     "Chad, at 140,000 barrels per day, remains far behind Nigeria, NNPC."),
    ("unchanged", "Le texte peut être consulté sur energie.gouv.bj, le site du ministère.",
     "The text can be read on energie.gouv.bj, le site du ministère."),
    ("acronyms", "« Nous avons nos VDP », a-t-il ajouté, en référence aux Volontaires pour la "
     "défense de la patrie.", "“We have our volunteers,” he added, referring to the Volunteers "
     "for the Defence of the Homeland."),
    # Russian ou and final i are English u and y; in other names they are slips.
    ("names", "Le Premier ministre Ali Lamine Zeine a reçu Natalia Kourbatova.",
     "Prime Minister Ali Lamine Zeine received Natalia Kurbatov."),
    ("names", "Le président Bazoum reste détenu.", "President Bazum remains in detention."),
    ("names", "La fondation Rousski Mir a ouvert un centre.",
     "The Russk Mir Foundation opened a centre."),
    ("numbers", "Le taux d’inflation est tombé à zéro en mars.",
     "The inflation rate fell to two in March."),
    ("names", "Le Transguinéen traversera le pays de Kérouané jusqu’à la côte.",
     "The railway will cross the country from Kérouané to the coast."),
    ("names", "Étaient présents le Malien Assimi Goïta et le Burkinabè Ibrahim Traoré.",
     "Mali’s Assimi Goïta and Ibrahim Traoré attended."),
    ("dates", "Les salaires de juin n’ont été versés qu’à la mi-juillet.",
     "May and June salaries were not paid until mid-July."),
    ("numbers", "Le taux de remplissage est passé de 40 à 100\u00a0%.",
     "The fill rate rose to 40%."),
    ("numbers", "Le Mali est le troisième pays de la ceinture à l’introduire.",
     "Mali is the fourth country in the belt to introduce it."),
    ("acronyms", "Les TDR sont désormais gratuits.", "The tests are now free."),
    ("numbers", "Puis ils ont choisi des hommes, dix par dix, et les ont emmenés.",
     "Then they picked out men, five at a time, and took them away."),
    # A French name kept before an English generic noun is no licence for French prose.
    ("dates", "L’opposition a dénoncé le scrutin du 20 février, dit le collectif.",
     "The opposition denounced the vote of 20 février, the collective said."),
    ("unchanged", "Le collectif a dénoncé une élection sans enjeu réel, dit la coalition.",
     "The collective denounced une élection sans enjeu réel, the coalition said."),
    ("acronyms", "Dans la zone des trois frontières, l’État islamique au Sahel (EIS) avance.",
     "In the tri-border area, Islamic State Sahel Province (ISWAP) is advancing."),
    # A first name takes the Russian conventions before a Russian surname only.
    ("names", "Le député Vitali Traoré a été reçu par Moussa Mara.",
     "Deputy Vitaly Traoré was received by Moussa Mara."),
    ("numbers", "Les obligations libellées en dollars ont reculé de 1,5 cent jeudi.",
     "The dollar-denominated bonds fell 2.5 cents on Thursday."),
    ("names", "L’insécurité a empêché l’ouverture de bureaux de vote dans le Nord-Ouest.",
     "Insecurity kept polling stations from opening in the southwest."),
    ("names", "Le ministre Maxime Rechetnikov a évoqué le port russe de Novorossiisk.",
     "Minister Maxim Rechetnikow spoke of the Russian port of Novorossiysk."),
    ("numbers", "Les rations ont été réduites de 50\u00a0% pour la plupart des ménages.",
     "Rations have been cut by a quarter for most households."),
    ("percent", "Les rations ont été réduites de 50\u00a0% pour la plupart des ménages.",
     "Rations have been cut by 50 for most households."),
    ("numbers", "Le différend entre deux pays voisins s’aggrave.",
     "The dispute between three neighbouring countries is worsening."),
    # After "ben", an English "bin" licenses the Arabic conventions; elsewhere -ane stays.
    ("names", "Il a été reçu à Riyad par le prince Faisal ben Farhane.",
     "He was received in Riyadh by Prince Faisal ben Farhan."),
    ("names", "Le ministre vit à Paris depuis 2020.",
     "The French minister has lived in Lyon since 2020."),
    ("numbers", "Pendant six mois, les recettes sont tombées presque à zéro.",
     "For six months, revenue fell to almost two."),
    ("numbers", "Des sources évoquent un montant compris entre 2,5 et 4 millions d’euros.",
     "Sources put the sum at between €3.5 million and €4 million."),
    ("brackets", "Les fonds viennent du Fonds de soutien patriotique (FSP), alimenté par des dons.",
     "The funds come from the FSP Patriotic Support Fund, which is financed by donations."),
    ("brackets", "La LBMA a retiré des raffineries de sa liste de bonne livraison (Good Delivery).",
     "The LBMA removed refineries from its list of approved refiners."),
    ("numbers", "Quatre véhicules ont été saisis à la frontière.",
     "Four-wheel vehicles were seized at the border."),
    ("names", "« C’est la même chose », déplore Sidi Mohamed Ould Cheikh, commerçant.",
     "“It’s the same thing,” said Sidi Mohamed Ould Cheick, a trader."),
    ("numbers", "À l’occasion du cinquantenaire de la CEDEAO, un sondage a été publié.",
     "As ECOWAS marks its 60th anniversary, a poll has been published."),
    ("names", "Sawadogo affirme ne percevoir « aucun salaire » de Moscou.",
     "Savadogo says he receives “no salary” from Moscow."),
    ("acronyms", "CEDEAO-Mali : les négociations reprennent",
     "Mali: talks resume"),
    ("numbers", "Le baromètre semestriel a été réalisé auprès de 1 812 ménages.",
     "The three-monthly barometer was conducted among 1,812 households."),
    ("names", "Au match aller, le Mena s’était incliné 0-1 à Dar es Salaam.",
     "In the first leg, the Mina lost 1-0 in Dar es Salaam."),
    ("names", "Le président Diallo a reçu l’ambassadeur.",
     "President Diallos received the ambassador."),
    ("acronyms", "Selon le TÜİK, les échanges ont atteint 237 millions de dollars.",
     "According to Turkey’s statistics office, trade reached $237 million."),
    ("numbers", "Ils ont été libérés mardi.",
     "All three were freed on Tuesday."),
    ("numbers", "Les quatre pays ont tous rompu avec Paris.",
     "All three countries have broken with Paris."),
    ("numbers", "La cellule d’urgence est joignable 24 h/24.",
     "The emergency unit can be reached 12 hours a day."),
    ("numbers", "Le moustique pique surtout entre 6 h et 10 h, puis entre 16 h et 18 h 30.",
     "The mosquito bites mainly between 6 and 10 a.m., then between 5 and 6:30 p.m."),
    ("names", "La protection civile a ouvert des sites d’accueil dans les écoles de Lamordé et de "
     "Saga.",
     "Civil protection services have set up shelters in schools in Lamordé."),
    ("names", "Langues nationales : Bobo-Dioulasso plébiscite la réforme constitutionnelle",
     "National languages: Bobo overwhelmingly backs constitutional reform"),
    ("names", "Une délégation conduite par le général Iounous-bek Ievkourov est arrivée.",
     "A delegation led by General Yunus-Bek Yakovlev arrived."),
    ("names", "Une délégation a rendu visite au Moogho Naaba Baongo, roi des Mossé, dans son "
     "palais.",
     "A delegation visited Moogho Naaba Baongo, king of the Fulani, at his palace."),
    ("numbers", "Les Aigles jouent au stade du 26-Mars.",
     "The Eagles play at the March 25 Stadium."),
    ("numbers", "Beaucoup de filles quittaient l’école après le CM2 parce que le collège était "
     "loin.",
     "Many girls used to leave school after the fourth year of primary because the "
     "secondary school was far away."),
    ("numbers", "Elle se négociait autour de 0,80 dollar la livre en octobre.",
     "It was trading at around 70 cents a pound in October."),
    ("percent", "Les régions du Sahel et de l’Est sont les plus touchées, avec respectivement 76 "
     "% et 58 % d’établissements fermés.",
     "The Sahel and East regions are the hardest hit, with 76 and 58% of schools "
     "closed respectively."),
    ("names", "Interrogé, le porte-parole de l’ANL, le général Ahmed al-Mismari, n’a pas "
     "souhaité commenter.",
     "Asked for comment, LNA spokesman General Ahmed al-Masri declined."),
    ("names", "Le président tchadien Mahamat Idriss Déby Itno a effectué samedi une visite à "
     "Niamey.",
     "Chadian President Mahamat Idris Déby Itno paid a visit to Niamey on Saturday."),
    ("names", "« Le pétrole doit profiter aux Tchadiens », a martelé le ministre du Pétrole, "
     "Djerassem Le Bemadjiel.",
     "“Oil must benefit Chadians,” Petroleum Minister Djerassem Bemadjiel stressed."),
    ("names", "L’accord prévoit que la SHT reprenne les salariés, a précisé le ministre, "
     "Abdelkerim Mahamat Abdelkerim.",
     "Under the agreement, SHT will take on the employees, said the minister, "
     "Abdelkerim Mahamat."),
    ("numbers", "La Russie a rouvert son ambassade en décembre 2023, plus de trente ans après sa "
     "fermeture.",
     "Russia reopened its embassy in December 2023, more than two decades after it "
     "closed."),
    ("names", "Au Centre de recherche médicale et sanitaire (Cermes) de Niamey, les biologistes "
     "analysent des échantillons.",
     "At the Medical and Health Research Centre (Cemes) in Niamey, biologists analyse "
     "samples."),
    ("names", "Le ministre s’est rendu dans l’après-midi à l’école de Faladié, selon la "
     "télévision.",
     "The minister visited the school in the afternoon, according to state television."),
    ("dates", "Retraités : les pensions de mars toujours pas payées à Ségou et Mopti",
     "Pensioners: May pensions still unpaid in Ségou and Mopti"),
    ("names", "Artiom Koureïev dirige l’agence depuis 2023.",
     "Artom Kureyev has headed the agency since 2023."),
    ("names", "Le chroniqueur Issouf Kaboré enlevé à son domicile de Ouagadougou",
     "Commentator Issa Kaboré abducted from his home in Ouagadougou"),
    ("numbers", "Wave a forcé Orange Money à diviser ses frais par trois.",
     "Wave forced Orange Money to cut its fees by three-quarters."),
    ("names", "L’influenceuse suisso-camerounaise a été sanctionnée.",
     "The Swiss-Nigerian influencer was sanctioned."),
    ("acronyms", "Le vaccin contre le papillomavirus humain (VPH) sera gratuit.",
     "The vaccine against human papillomavirus (HVP) will be free."),
    ("names", "Les députés ont renvoyé Ndèye Saly Diop Dieng et Moustapha Diop devant la Haute "
     "Cour.",
     "Lawmakers sent Ndèye Saly Diop Dieng and Moustapha Diouf before the High Court."),
    ("numbers", "La Constitution exige une majorité des trois cinquièmes des députés.",
     "The Constitution requires a three-quarters majority of lawmakers."),
    ("numbers", "Le président a brigué un cinquième mandat.",
     "The president sought a fourth term."),
    ("numbers", "Le chantier a pris 6 mois de retard.",
     "Work is running six weeks behind schedule."),
    ("numbers", "Le mandat de cinq ans a été prolongé.",
     "The five-month term was extended."),
    ("numbers", "La grève de 72 heures a commencé.",
     "The 72-day strike began."),
    ("numbers", "« Conakry et Bamako sont deux villes sœurs », estime un passager.",
     "“Conakry and Bamako are three sister cities,” said one passenger."),
    ("numbers", "L’Assemblée a adopté le code par 69 voix pour et 1 abstention.",
     "The Assembly adopted the code by 69 votes in favor and 11 abstentions."),
    ("numbers", "Deux soldats ont été tués près de Djibo.",
     "Soldiers were killed near Djibo."),
    ("acronyms", "Près de 9 femmes sur 10 ont subi une mutilation génitale féminine (MGF).",
     "Nearly 9 in 10 women have undergone female genital mutilation (FMG)."),
    ("names", "Pour Me Batibié Benao, porte-parole du collectif, la décision est illégale.",
     "For Batibié Bénao, the group’s spokesman, the decision is illegal."),
    ("names", "Le maire de Koudougou, Issa Kone, a démissionné.",
     "The mayor of Koudougou, Issa Koné, resigned."),
    ("numbers", "Un tiers des élèves sont absents.",
     "A quarter of pupils are absent."),
    ("numbers", "Le Mali, dirigé par une junte depuis deux coups d’État en 2020 et 2021, est "
     "confronté à la propagation djihadiste.",
     "Mali, ruled by a junta since three coups in 2020 and 2021, faces the spread of "
     "jihadist violence."),
    ("numbers", "Deux soldats ont été tués à Djibo et à Dori.",
     "Soldiers were killed in Djibo and Dori."),
    ("quotes", "Il a dénoncé une « capitulation » du gouvernement.",
     "He denounced a capitulation by the government."),
    ("endpunc", "Faut-il y voir un tournant ? Les chercheurs restent prudents.",
     "Does this mean a turning point. Researchers remain cautious."),
    ("names", "Deux centres gérés par l’Italie ouvriront cet été.",
     "Two Spanish-run centers will open this summer."),
    ("dates", "Le vote aura lieu mer. 12 mars.",
     "The vote will take place on Thursday, March 12."),
    ("numbers", "L’opérateur proposait 100 milliards, soit un tiers de moins.",
     "The operator had offered 100 billion, a quarter less."),
    ("quotes", "Boycott actif du PDCI-RDA et du PPA-CI", "“Active boycott” by PDCI-RDA and PPA-CI"),
    ("numbers", "La star béninoise Angélique Kidjo, quintuple lauréate des Grammy Awards, doit "
     "clôturer le festival.",
     "Beninese star Angélique Kidjo, a four-time Grammy winner, is due to close the "
     "festival."),
    ("names", "Les soldats ont été remis aux autorités à Niamey.",
     "The soldiers were handed over to the authorities in Niger."),
    ("acronyms", "Le groupe SEN’EAU a recruté 200 techniciens.",
     "The group has hired 200 technicians."),
    ("numbers", "Le prix du sac d’engrais a doublé en un an.",
     "The price of a bag of fertiliser rose in a year."),
    ("names", "Une vingtaine d’épisodes de la série « Macha et Michka » ont été diffusés.",
     "Some twenty episodes of the series “Masha and Misha” have been shown."),
    ("names", "Le GSIM (JNIM selon son acronyme arabe) a revendiqué l’attaque.",
     "JNIM (its French acronym) claimed the attack."),
    ("names", "« Le nucléaire n’est plus un luxe », a lancé Andreï Volkov, directeur général "
     "adjoint de Rosatom.",
     "“Nuclear power is no longer a luxury,” said Andrei Vlokov, deputy director "
     "general of Rosatom."),
    ("acronyms", "La Commission des droits de l’homme du Cameroun (CDHC) a dénoncé des « "
     "arrestations arbitraires ».",
     "The Cameroon Human Rights Commission (CHCR) denounced the “arbitrary arrests.”"),
    ("names", "Le directeur général de Yadran, Andreï Lipatov, a affirmé que les premiers "
     "lingots sortiraient avant la fin de 2026.",
     "Yadran’s chief executive, Andrei Lipov, said the first ingots would leave before"
     " the end of 2026."),
    ("numbers", "Pour tout renseignement, appelez le 76 12 34 56 ou le 20 22 33 44.",
     "For information, call 76 12 43 56 or 20 22 33 44."),
    ("acronyms", "Le FMI a approuvé un décaissement de 120 millions de dollars.",
     "The International Finance Fund approved a disbursement of $120 million."),
    ("acronyms", "Le HCIM a condamné l’attaque contre la mosquée.",
     "The council condemned the attack on the mosque."),
    ("names", "L’investiture est prévue à la mi-janvier 2026 au stade Général-Lansana-Conté "
     "de Nongo.",
     "The inauguration is scheduled for mid-January 2026 at the Gen. Lansana Stadium in Nongo."),
    ("acronyms", "Le TAS a rejeté mercredi l’appel du club.",
     "The court on Wednesday rejected the club’s appeal."),
    ("names", "Les Douaniers ont battu Al Ahly 84-79 samedi.",
     "The team beat Al Ahly 84-79 on Saturday."),
    ("unchanged", "« Nous ne reculerons jamais devant les terroristes », a déclaré le ministre.",
     "‘Nous ne reculerons jamais devant les terroristes,’ the minister said."),
    ("acronyms", "Guinée : le sac de riz de 50 kg plafonné à 310 000 GNF",
     "Guinea: 50 kg bag of rice capped at 310,000 francs"),
    ("numbers", "Les ménages consommant moins de 150 kWh par bimestre paient le tarif social.",
     "Households using less than 150 kWh every three months pay the social tariff."),
    ("unchanged", "Le ministre a lu le communiqué sur www.sig.gov.bf.",
     "Le ministre a lu le communiqué sur www.sig.gov.bf."),
    ("names", "Le corps du jeune homme a été rapatrié samedi à Kayes, sa ville natale.",
     "The young man’s body was repatriated on Saturday to Kaye, his hometown."),
    ("numbers", "Le film de Boubacar Sidibé (1 h 52) concourra dans la section Un certain regard.",
     "Boubacar Sidibé’s film (1 hr 25 min) will compete in the Un Certain Regard section."),
    ("acronyms", "HRW affirme que l’armée a exécuté au moins 223 civils.",
     "The rights group says the army executed at least 223 civilians."),
    ("names", "Les 187 passagers ont été secourus au sud de Ténérife.",
     "The 187 passengers were rescued south of Lanzarote."),
    ("acronyms", "Mariam Sow, négociatrice pour le groupe des PMA, a dénoncé l’accord.",
     "Mariam Sow, a negotiator for the group of poor countries, denounced the deal."),
    ("acronyms", "La CPI a ouvert une enquête sur les événements de Moura.",
     "The CPI has opened an investigation into the events in Moura."),
    ("acronyms", "Dans un communiqué, l’ANGE a appelé les candidats à la retenue.",
     "In a statement, the Angel called on the candidates to show restraint."),
    ("names", "Le chercheur Oumar Kanouté, de l’Institut d’études de sécurité (ISS), estime "
     "que « l’or est devenu le nerf de la guerre ».",
     "Oumar Kanté, a researcher at the Institute for Security Studies (ISS), believes that "
     "“gold has become the sinews of war.”"),
    ("names", "Son premier directeur général, le Burkinabè Alassane Zongo, promet de financer "
     "l’énergie.",
     "Its first director general, Alassane Zongo of Mali, promises to finance energy."),
    ("numbers", "La Sonatel promet une capacité multipliée par trois d’ici à la fin de l’année.",
     "Sonatel promises to quadruple capacity by the end of the year."),
    ("dates", "Burkina Faso : des drapeaux russes brandis lors d’une marche le 12 mai",
     "Burkina Faso: Russian flags waved at a march on March 12"),
    ("names", "L’avion a atterri à 18 h 45 à l’aéroport de Vnoukovo.",
     "The plane landed at 6:45 p.m. at Vnokovo airport."),
    ("names", "Le directeur général de Kosmos Energy, Andrew Inglis, a salué une « étape "
     "historique ».",
     "Cosmos Energy chief executive Andrew Inglis hailed a “historic milestone.”"),
    ("numbers", "Le seul médecin assure les consultations six jours sur sept.",
     "The only doctor sees patients five days a week."),
    ("names", "Le Tombeau des Askia, à Gao, est inscrit sur la liste du patrimoine en péril.",
     "The tomb in Gao is on the List of World Heritage in Danger."),
    ("urls", "Le texte intégral est sur https\u202f://lefaso.net/spip.php\u202f?article111254.",
     "The full text is at https://lefaso.net/spip.php?article111245."),
    ("percent", "La croissance devrait atteindre 6,3 % en 2025 et 6,6 % en 2026.",
     "Growth is expected to reach 6.3 in 2025 and 6.6% in 2026."),
    ("doublewords", "Des centaines de refoulés bloqués à In Khalil",
     "Hundreds of deportees stranded in in Khalil"),
    ("names", "Elle recevra le prix Musiques du monde, doté de 15 000 euros.",
     "She will receive the World Prize, worth €15,000."),
    ("numbers", "La Chine (61 %) et la Turquie (48 %) complètent le trio de tête.",
     "China (61%) and Turkey (48%) round out the top four."),
    ("names", "SUISSE – Ousman Sonko condamné à 20 ans de prison à Bellinzone",
     "SWITZERLAND – Ousman Sonko sentenced to 20 years in prison in Bellinzano"),
    ("names", "OUAGADOUGOU, 22 avril 2025 (AIB) – Le gouvernement a suspendu TV5Monde.",
     "OUGADOUGOU, April 22, 2025 (AIB) – The government suspended TV5Monde."),
    ("acronyms", "Ses proches ont saisi la Commission nationale des droits humains (CNDH).",
     "His relatives took the case to the National Human Rights Commission (NHRC)."),
    ("numbers", "Le ministère recommande d’éviter le soleil entre 12 h et 16 h.",
     "The ministry advises avoiding the sun between midday and 5pm."),
    ("numbers", "Le contingent a quitté Abéché un mois et demi après l’annonce.",
     "The contingent left Abéché eight weeks after the announcement."),
    ("acronyms", "L’ONG RSF recense encore au moins six journalistes burkinabè enrôlés de force.",
     "The NGO counts at least six Burkinabe journalists still forcibly enlisted."),
    ("acronyms", "Le MAE indien a publié un nouvel avis aux voyageurs.",
     "India issued a new travel advisory."),
    ("acronyms", "Selon le CCC, les achats de fèves auprès des coopératives ont repris.",
     "According to the CCD, bean purchases from cooperatives have resumed."),
    ("percent", "L’État guinéen détient 15 % des parts des coentreprises et 15 % dans la "
     "Compagnie du TransGuinéen.",
     "The Guinean state holds 15% of the joint ventures and 15 of the Compagnie du "
     "TransGuinéen."),
    ("numbers", "L’AES, qui regroupe le Mali, le Burkina Faso et le Niger, a rappelé leurs "
     "ambassadeurs.",
     "The AES, which groups Mali, Burkina Faso and Niger, recalled the four countries’ "
     "ambassadors."),
    ("names", "Le ministre ivoirien est arrivé à Abidjan jeudi.",
     "The Ivorian minister arrived in Ivory Coast on Thursday."),
    ("names", "L’ancien chef de l’État est reparti dès samedi pour Abidjan.",
     "The former head of state flew back to Ivory Coast on Saturday."),
    ("names", "Le porte-parole de la diplomatie iranienne, Esmaïl Baghaei, a démenti.",
     "Iranian Foreign Ministry spokesman Esmaail Baghaei denied it."),
    ("quotes", "Gabon : le « oui » l’emporte, le ministre parle de « victoire éclatante »",
     "Gabon: Yes wins, the minister speaks of a resounding victory"),
    ("names", "Le dernier A400M a décollé de la base de Kossei, à destination d’Istres.",
     "The last A400M took off from Kossei base, bound for Istre."),
    ("unchanged", "L’OMSA recommande une couverture vaccinale d’au moins 70 % contre la peste "
     "des petits ruminants.",
     "WOAH recommends vaccination coverage of at least 70% contre la peste of small ruminants."),
    ("urls", "La satisfaction s’établit à 3,9, précise l’enquête, disponible sur le site "
     "mali.fes.de.",
     "Satisfaction stands at 3.9, says the survey, available on the mali.fes.com website."),
    ("dates", "La fusée Longue Marche 2D a décollé le 16 août.",
     "The Long March 2D rocket lifted off on March 16."),
    ("unchanged", "Le gouvernement a dissous l’association Appel à l’islam authentique.",
     "The government has dissolved the association Appel à l’islam authentique."),
    ("doublewords", "Le ministre a indiqué que Nouakchott souhaitait être « un partenaire ».",
     "The minister said that that Nouakchott wanted to be “a partner.”"),
    ("names", "Dans la province du Hadjer-Lamis, des villages entiers sont inaccessibles.",
     "In Hadjer-Lami province, entire villages are cut off."),
    ("acronyms", "BÉNIN : le gouvernement dément toute « chasse aux opposants »",
     "Government denies any ‘hunt for opponents’"),
    ("names", "SÉGOU, 9 février 2025 (Studio Tamani) – Le Festival sur le Niger s’est achevé "
     "avec un concert de Salif Keïta.",
     "SEGUO, February 9, 2025 (Studio Tamani) – The Festival on the Niger ended with a Salif "
     "Keïta concert."),
    ("numbers", "NEW YORK, 6 juin 2025 – La Cinquième Commission de l’Assemblée générale a "
     "approuvé jeudi un budget final de 160,4 millions de dollars.",
     "NEW YORK, June 6, 2025 – The General Assembly’s Sixth Committee on Thursday approved a "
     "final budget of $160.4 million."),
    ("names", "Me Julien Morvan, membre du collectif de défense, s’est vu refuser samedi à Paris "
     "l’embarquement.",
     "Julian Morvan, a member of the defense team, was refused boarding in Paris on Saturday."),
    ("names", "Il a reçu cheikh Abdallah ben Zayed Al Nahyane, ministre émirien.",
     "He received Sheikh Abdulah bin Zayed Al Nahyan, the UAE minister."),
    ("names", "Il s’est entretenu avec le prince Fayçal ben Farhane.",
     "He held talks with Prince Faisel bin Farhan."),
    ("quotes", "Le projet Mali Kura avance.", "The Mali Kura project is “advancing.”"),
    ("acronyms", "La Confédération syndicale internationale (CSI) a dénoncé les arrestations.",
     "The International Trade Union Confederation (CSI) denounced the arrests."),
    ("acronyms", "Le CCC a suspendu les licences de 10 exportateurs pour non-respect du prix "
     "plancher.",
     "The ICCO suspended the licenses of 10 exporters for failing to respect the floor price."),
    ("names", "Charles Blé Goudé, ex-leader des Jeunes patriotes, a vu sa candidature rejetée.",
     "Charles Blé Goudé, former leader of the Patriots, had his candidacy rejected."),
    ("acronyms", "Le Mali a ratifié le Pacte international relatif aux droits civils et politiques "
     "(PIDCP).",
     "Mali has ratified the covenant (PIDCP)."),
    ("percent", "La centrale doit porter le taux d’électrification de 22,5 % à plus de 60 % d’ici "
     "à 2035.",
     "The plant should raise the electrification rate from 22.5 to more than 60 by 2035."),
    ("numbers", "Niger : la télévision publique célèbre « l’an I de la souveraineté »",
     "Niger: State television celebrates “Year Two of sovereignty”"),
    ("quotes", "« Gardons-nous de tomber dans la “Russafrique” », écrit l’éditorialiste.",
     "“Let us beware of falling into Russafrique,” writes the editorialist."),
    ("names", "Le Burkina Faso et le Niger souhaitent relier Ouagadougou et Niamey au futur "
     "réseau.",
     "Burkina Faso and Niger want to link Niamey to the future network."),
    ("numbers", "Le gouverneur a interdit toute circulation de motos et de tricycles.",
     "The governor banned all traffic by motorcycles and four-wheelers."),
    ("numbers", "« Quand l'école reprendra, j'y retournerai », assure Ibrahim, 15 ans, "
     "élève de 3e.",
     "“When school starts again, I’ll go back,” said Ibrahim, 15, a student."),
    ("names", "Selon le Cadre harmonisé, 210 000 personnes seront en phase Urgence.",
     "According to the Cadre Harmonisé, 210,000 people will be in the Famine phase."),
    ("numbers", "Le Burkina Faso a battu l’Égypte 2-1 grâce à un doublé de Hervé Zongo.",
     "Burkina Faso beat Egypt 2-1 thanks to a goal from Hervé Zongo."),
    ("names", "L’agence russe Sputnik a inauguré les locaux de sa rédaction africaine, Sputnik "
     "Afrique.",
     "The Russian agency Sputnik inaugurated the offices of its Asian newsroom, Sputnik Afrique."),
    ("names", "Le maire d'Assamaka, Mohamed Ag Alitinine, dit manquer de tout.",
     "The mayor of Assamaka, Mohamed Ag Alitinin, says he lacks everything."),
    ("names", "Il a prié à la grande mosquée Roi-Fayçal de Ndjamena.",
     "He prayed at the Grand Mosque in Ndjamena."),
    ("acronyms", "Le programme conclu avec la Millennium Challenge Corporation (MCC) a été "
     "suspendu.",
     "The compact with the Millennium Challenge Corporation (MMC) has been suspended."),
    ("names", "POINTE-NOIRE, 5 août 2025 (AFP) – Une fuite sur un oléoduc a pollué près de 3 km de "
     "côte au nord de Pointe-Noire, a annoncé l’opérateur.",
     "POINTE-NOIRE, August 5, 2025 (AFP) – A pipeline leak has polluted nearly 3 km of coastline "
     "north of Pointe-Noir, the operator said."),
    ("numbers", "Les convois n’y parviennent qu’une à deux fois par an.",
     "The convoys get through only once or twice a quarter."),
    ("acronyms", "Des agents de la Police nationale d’Haïti (PNH) ont repris le Champ-de-Mars.",
     "Officers of the Haitian police regained control of the Champ de Mars."),
    ("acronyms", "Mali : frappes conjointes FAMa-FAN près de Ménaka",
     "Mali: joint FAMa strikes near Ménaka"),
    ("doublewords", "Le communiqué ajoute que trois soldats ont perdu la vie.",
     "The communiqué adds that that three soldiers lost their lives."),
    ("percent", "Les prix ont augmenté, tirés par les produits alimentaires (+14,8 %).",
     "Prices rose, driven by food products (+14.8)."),
    ("doublewords", "Un intervenant russe a estimé que « chaque État a le droit de protéger son "
     "espace informationnel ».",
     "A Russian speaker argued that that “every state has the right to protect its information "
     "space.”"),
    ("names", "Des réfugiés maliens de Bordj Badji Mokhtar hésitent à rentrer à Kidal",
     "Malian Refugees in Bordj Mokhtar Hesitate to Return to Kidal"),
    ("names", "Rapport Bockel : vers une présence militaire « réduite » en Afrique",
     "Bokel Report: Toward a “Reduced” Military Presence in Africa"),
    ("numbers", "L’accord autorise chacune des deux armées à poursuivre des groupes armés jusqu'à "
     "50 kilomètres à l'intérieur du territoire de l'autre.",
     "The agreement allows each army to pursue armed groups up to 15 kilometers into the other's "
     "territory."),
    ("names", "En 2016, la CPI a condamné le djihadiste Ahmad Al Faqi Al Mahdi à neuf ans de "
     "prison.",
     "In 2016, the ICC sentenced the jihadist Ahmad al-Faqi al-Madhi to nine years in prison."),
    ("names", "« Le Sourou peut nourrir tout le pays », affirme Clément Yaméogo.",
     "“The valley can feed the whole country,” says Clément Yaméogo."),
    ("numbers", "Le bihebdomadaire recense 4 livraisons d’armements et près de 900 militaires "
     "formés.",
     "The twice-weekly paper counts 4 arms deliveries and nearly 600 soldiers trained."),
    ("dates", "Les agents y travailleront sept jours sur sept, à partir du 1er novembre.",
     "Officers will work there seven days a week, from December 1."),
    ("acronyms", "Près de 99 000 logements ont été détruits, selon le PNUD.",
     "Nearly 99,000 homes were destroyed, according to the UN Development Bank."),
    ("names", "Les habitants du Sud-Liban ont fui vers le nord, sur l’autoroute reliant Saïda à la "
     "capitale.",
     "People fled northwards from southern Lebanon on the motorway linking Tyre to the capital."),
    ("acronyms", "La Banque centrale des États de l’Afrique de l’Ouest (BCEAO) a appelé mardi le "
     "Niger à apurer ses arriérés intérieurs.",
     "The Central Bank of West African States (BEAC) on Tuesday called on Niger to clear its "
     "domestic arrears."),
    ("acronyms", "Le Comité international paralympique (CIP) a salué une participation record.",
     "The International Paralympic Committee (IOC) hailed a record turnout."),
    ("names", "La province des îles Loyauté a été relativement épargnée par les violences.",
     "The Royalty Islands Province was relatively spared by the violence."),
    ("names", "Niger : Gorou Banda, la centrale qui éclaire Niamey",
     "Niger: Gorou Banda, the plant that lights up the capital"),
    ("numbers", "Pour toute question, appelez le 418 555-0142, poste 2200.",
     "For any question, call 418 555-0124, extension 2200."),
    ("numbers", "Près de 300 familles vivent sous des bâches, à deux pas du fleuve, depuis trois "
     "mois.",
     "Nearly 300 families have lived under tarpaulins a stone’s throw from the river for two "
     "months."),
    ("acronyms", "Les candidats doivent passer par le centre de réception des demandes de visa "
     "(CRDV) de Niamey.",
     "Applicants must go through the visa application centre in Niamey."),
    ("acronyms", "Au musée royal de l’Afrique centrale (MRAC) de Tervuren, quelque 84 000 objets "
     "ont été inventoriés.",
     "At the Royal Museum for Central Africa (RCMA) in Tervuren, some 84,000 objects have been "
     "inventoried."),
    ("names", "En Flandre, ils ne sont que 41 %.", "In Wallonia, the figure is only 41 percent."),
    ("numbers", "Mali : le budget de la défense multiplié par trois en cinq ans",
     "Mali: Defence budget doubles in five years"),
    ("numbers", "Neuf hélicoptères neufs ont été livrés.", "New helicopters were delivered."),
    ("acronyms", "La RPDC a déjà déployé des équipes médicales en Tanzanie.",
     "The ROK has already deployed medical teams in Tanzania."),
    ("names", "Selon les chercheurs, les paiements, effectués via Orange Money ou en espèces, "
     "variaient de 75 000 à 500 000 francs CFA par mois.",
     "According to the researchers, the payments, made via mobile money or in cash, ranged from "
     "75,000 to 500,000 CFA francs a month."),
    ("names", "Le ministre burundais des Affaires étrangères a rencontré à Doha le médiateur "
     "qatari Mohammed al-Khulaifi.",
     "Burundi’s foreign minister met the Qatari mediator Mohammed al-Khalifi in Doha."),
    ("acronyms", "Le prix du ciment atteint 65 000 FBu le sac.",
     "Cement now costs 65,000 RWF a bag."),
    ("names", "Ignazio Cassis a reçu à Berne son homologue centrafricaine.",
     "Ignazio Cassi received his Central African counterpart in Bern."),
    ("names", "Le ministre des Finances et du Budget, Cheikh Diba, a présenté mardi la loi de "
     "finances rectificative devant les députés.",
     "Finance and Budget Minister Cheick Diba presented the amended budget bill to lawmakers on "
     "Tuesday."),
    ("names", "Le président de la Commission de l’Union africaine, Mahmoud Ali Youssouf, s’est dit "
     "« profondément préoccupé ».",
     "African Union Commission chairperson Mahmoud Ali Yousouf said he was “deeply concerned.”"),
    ("numbers", "Les manifestants ont rejoint la place du 13-Mai samedi.",
     "The protesters joined May 31 Square (place du 13-Mai) on Saturday."),
    ("unchanged", "Le commandant d’unité figure parmi les morts, selon des blogueurs militaires.",
     "The unit commander figure parmi les morts, according to military bloggers."),
    ("acronyms", "L’UE a approuvé 20 millions d’euros au titre de la Facilité européenne pour la "
     "paix (FEP).",
     "The EU approved 20 million euros under the European Peace Facility (EFP)."),
    ("names", "Sékou Camara, un Malien de 31 ans rencontré à Zouara, dans l'ouest libyen.",
     "Sékou Camara, a 31-year-old Malian we met in Zawiya, in western Libya."),
    ("endpunc", "Les manifestants scandaient « Aba CPT ! » (« À bas le CPT ! »).",
     "The protesters chanted ‘Aba CPT!’ (‘Down with the CPT!’)"),
    ("numbers", "Le tronçon est réhabilité par la China Railway Seventh Group pour 98,6 milliards "
     "de francs CFA.",
     "The section is being rehabilitated by China Railway Seventh Group for 96.8 billion CFA "
     "francs."),
    ("acronyms", "La force de répression des gangs (FRG) pourra compter jusqu'à 5 550 membres.",
     "The Gang Suppression Force (GFS) may have up to 5,550 personnel."),
    ("numbers", "Le trafic à Mopti reste quasi nul : seulement 1 240 passagers en 2024.",
     "Traffic at Mopti remains close to zero: just 1,420 passengers in 2024."),
    ("names", "Combien de temps la paix tiendra-t-elle ? À Mekele, personne n’ose plus faire de "
     "pronostic.",
     "How long will the peace hold? In Adigrat, no one dares make predictions any more."),
    ("doublewords", "Niger : les assises recommandent la dissolution de tous les partis politiques",
     "Niger: Conference Recommends Dissolving All All Political Parties"),
    ("acronyms", "D'après la Commission sous-régionale des pêches (CSRP), les usines transforment "
     "500 000 tonnes par an.",
     "According to the Sub-Regional Fisheries Commission (SFRC), the factories process 500,000 "
     "tonnes a year."),
    ("numbers", "La part du Maroc sera de 50 %, celle du Nigeria de 40 %.",
     "Morocco's stake will be 50%, as will Nigeria's."),
    ("numbers", "Le scrutin aura lieu le 17 sept à Bamako.",
     "The vote will take place on Sept. 7 in Bamako."),
    ("names", "Le général Omar al-Bachir a été jugé à Khartoum.",
     "General Omar al-Bashur was tried in Khartoum."),
    ("acronyms", "La Coordination des ligues islamiques, proche de l’ex-CMAS, a déjà annoncé son "
     "intention de mobiliser ses militants.",
     "The Coordination of Islamic Leagues, which is close to the former CMA, has already "
     "announced its intention to mobilize its activists."),
    ("names", "L'épidémiologiste Boukary Sanou, de l'Institut national de santé publique (INSP), "
     "appelle à renforcer la surveillance.",
     "Epidemiologist Boukary Sanon of the National Institute of Public Health (INSP) is calling "
     "for stronger surveillance."),
    ("numbers", "Les intérêts sont payables semestriellement.",
     "Interest is payable every three months."),
    ("names", "L’écrivain Kamel Daoud a dénoncé sur France Culture un « acharnement ».",
     "Writer Kamal Daoud told France Culture there was a “relentless campaign.”"),
    ("names", "Pour le chercheur Abdoulaye Maïga, la route de Séguédine restera la plus "
     "fréquentée.",
     "For researcher Abdoulaye Maïga, the Ségédine route will remain the busiest."),
    ("numbers", "Les Xes Jeux de la Francophonie auront lieu en Arménie en 2027.",
     "The 11th Jeux de la Francophonie will take place in Armenia in 2027."),
    ("names", "Le mois de Chaabane compte 30 jours.", "The month of Rajab has 30 days."),
    ("names", "Mali : une femme nommée Vérificatrice générale",
     "Mali: woman appointed general secretary"),
    ("numbers", "Le 1er Mai, 300 syndicalistes ont défilé à Ouagadougou.",
     "On May Day, 200 trade unionists marched in Ouagadougou."),
    ("dates", "Le DEF se tiendra du 2 au 4 juin 2025, et le baccalauréat du 30 juin au 3 juillet.",
     "The DEF will be held from July 2 to 4, 2025, and the baccalaureate from June 30 to July 3."),
    ("names", "La rue du Gouverneur-Toby devient la rue Issa-Korombé.",
     "Governor Tobi Street becomes Issa Korombé Street."),
    ("quotes", "« Les Chinois ont acheté tout ce qu’ils pouvaient avant l’embargo, explique un "
     "négociant de Likasi. Aujourd’hui, ils attendent. »",
     "The Chinese bought everything they could before the embargo,’ explains a trader in Likasi. "
     "‘Now they are waiting.’"),
    ("numbers", "Quelque septante-cinq collaborateurs sont concernés, et nonante-deux autres.",
     "Some 75 employees are affected, and 82 others."),
    ("acronyms", "Les ambassadeurs disposent d’un délai de 30 jours, selon le MAE.",
     "The ambassadors have 30 days, according to the MAE."),
    ("numbers", "Il a fait des coupures d’électricité « la priorité des cent premiers jours ».",
     "He has made the power cuts “the priority of the first thousand days.”"),
    ("names", "Mali : deux Soukhoï Su-24 livrés par la Russie à l'armée de l'Air",
     "Mali: Russia delivers two Sukoi Su-24s to the air force"),
    ("numbers", "Les deux pays avaient signé en octobre 2023 sept accords de coopération.",
     "The two countries signed six cooperation agreements in October 2023."),
    ("numbers", "Le 8 mars, des milliers de femmes ont défilé à Bamako.",
     "On March 9, International Women’s Day, thousands of women marched in Bamako."),
    ("dates", "Le 24 décembre, la messe a été célébrée sous escorte à Ouagadougou.",
     "On Christmas Day, Mass was celebrated under escort in Ouagadougou."),
    ("dates", "Le 14 juillet et le 20 juillet, l’ambassade a donné deux réceptions.",
     "On Bastille Day and on June 20, the embassy gave two receptions."),
    ("numbers", "Les artisans entretiennent un savoir-faire millénaire.",
     "The craftsmen keep up a hundred-year-old craft."),
    ("names", "« Sankara disait : “Tuez Sankara, des milliers de Sankara naîtront.” », lance "
     "Aïcha Konaté.",
     "“Sankara used to say: ‘Kill Sankara, and thousands of Sankaras will be born,’” says Aïcha "
     "Konaten."),
    ("numbers", "Le défilé a duré 1 h 45, selon l’état-major.",
     "The parade lasted an hour and 50 minutes, according to the general staff."),
    ("numbers", "Le défilé a duré 2 h 30, selon l’état-major.",
     "The parade lasted three hours and 30 minutes, according to the general staff."),
    ("unchanged", "L’ABN prévoit un débit de 2 800 m3/s à Niamey, selon les relevés du jour.",
     "The NBA expects a flow of 2,800 m3/s à Niamey, selon les relevés du jour."),
    ("numbers", "Les réclamations vont au numéro vert 080 100 4747.",
     "Complaints go to the toll-free number 080 100 4774."),
    ("numbers", "Le Fonds spécial 126 a collecté plus de 15 MMDH de dons.",
     "Special Fund 126 has collected more than 15 million dirhams in donations."),
    ("acronyms", "La Commission de l’océan Indien (COI) a salué un « précédent ».",
     "The Indian Ocean Commission (ICO) hailed a “precedent.”"),
    ("names", "La cérémonie s’est tenue en présence du président somalien Hassan Cheikh Mohamoud.",
     "The ceremony was held in the presence of Somali President Hassan Sheikh Mohamed."),
    ("names", "Le lac Nasser, en amont du haut barrage d’Assouan, était rempli à 92 %.",
     "Lake Nasser, upstream of the Aswin High Dam, was 92% full."),
    ("acronyms", "L’Initiative du bassin du Nil (IBN) appelle à reprendre le dialogue.",
     "The Nile Basin Initiative (NIB) is calling for dialogue to resume."),
    ("acronyms", "L’AMRTP a mis en ligne un simulateur à l’adresse www.amrtp.ml/simulateur-tarifs.",
     "The ARTP has put a simulator online at www.amrtp.ml/simulateur-tarifs."),
    ("names", "Le cabinet d'audit Sahel Conseil a relevé des « écritures fictives » à hauteur de "
     "900 millions de FCFA.",
     "The audit firm Sahel Council found “fictitious entries” totaling 900 million CFA francs."),
    ("names", "Les frappes ont visé Fordo, Natanz et Ispahan.",
     "The strikes targeted Fordow, Natanz and Isfahn."),
    ("acronyms", "Selon l’Observatoire syrien des droits de l’homme (OSDH), 1 500 civils ont "
     "été tués.",
     "According to the Syrian Observatory for Human Rights (SOHT), 1,500 civilians were killed."),
    ("acronyms", "Burkina Faso : le CEP maintenu malgré l’insécurité",
     "Burkina Faso: Exam Goes Ahead Despite Insecurity"),
    ("doublewords", "Les commerçants réclament une période de transition d’au moins deux ans.",
     "Traders are calling for a transition period of at at least two years."),
    ("names", "Au nord, les forces russes pressent Koupiansk et Lyman.",
     "In the north, Russian forces are pressing Kopiansk and Lyman."),
    ("names", "Tchassiv Iar : l'état-major ukrainien dément la perte de la ville",
     "Chasov Yar: Ukrainian General Staff Denies Losing the Town"),
    ("acronyms", "La Commission vérité et réconciliation (CVR) avait recommandé un tribunal "
     "spécial.",
     "The Truth and Reconciliation Commission (TCR) had recommended a special court."),
    ("names", "« Dakar reste le poumon économique du Mali », a déclaré le directeur général du "
     "PAD, Cheikh Tidiane Mbaye.",
     "“Dakar remains Mali’s economic lifeline,” PAD director general Sheikh Tidiane Mbaye said."),
    ("acronyms", "Le colonel Kouassi juge la coopération avec la PNH « encore fragile ».",
     "Col. Kouassi described cooperation with the police as “still fragile.”"),
    ("names", "À Trinité-et-Tobago, les familles de deux pêcheurs réclament des explications.",
     "In Trinidad, the families of two fishermen are demanding explanations."),
    ("percent", "Paul Biya l'emporte dans huit régions sur dix, avec des scores dépassant 80 % "
     "dans le Sud et l'Est.",
     "Paul Biya won in eight out of ten regions, with scores above 80 in the South and East."),
    ("names", "La frontière terrestre doit suivre le tracé de 1900, y compris le long du fleuve "
     "Outemboni.",
     "The land boundary must follow the 1900 line, including along the Utambon River."),
    ("names", "L’état de famine a été confirmé à El-Facher et à Kadougli, au Kordofan-Sud.",
     "Famine has been confirmed in El Fasher and in Kaduli, South Kordofan."),
    ("names", "Le 1er novembre, les FSR ont annoncé l’arrestation d’Abou Loulou, un commandant.",
     "On November 1, the RSF announced the arrest of Abou Lulu, a commander."),
    ("names", "Le chef des FSR, Mohamed Hamdan Daglo, dit « Hemetti », a reconnu des "
     "« violations ».",
     "RSF leader Mohamed Hamdan, known as “Hemedti,” acknowledged “violations.”"),
    ("names", "Une Sud-Coréenne et une Américaine ont également été libérées lors de "
     "l’opération.",
     "A North Korean woman and an American woman were also freed during the operation."),
    ("quotes", "Le ministre a qualifié la décision de scandaleuse devant les députés réunis à "
     "Niamey.",
     "The minister called the decision “scandalous” in front of lawmakers gathered in Niamey."),
    ("names", "La Guyane compte environ 300 000 habitants, dont près de 10 000 Amérindiens.",
     "Guyana has about 300,000 inhabitants, including nearly 10,000 Amerindians."),
    ("names", "Un enseignant de la Faculté de droit public dénonce la surpopulation des amphis.",
     "A lecturer at the Facuty of Public Law denounces overcrowded lecture halls."),
    ("numbers", "Les trois pays de l’AES annoncent leur retrait de la CPI",
     "The four AES countries announce withdrawal from the ICC"),
    ("numbers", "La cérémonie, qui a duré une heure et quinze minutes, s'est tenue au palais.",
     "The ceremony, which lasted an hour and a half, was held at the palace."),
    ("numbers", "La réunion a duré trois quarts d'heure.", "The meeting lasted 40 minutes."),
    ("acronyms", "L'OIF, qui compte 88 États et gouvernements membres, a dit « regretter » cette "
     "décision.",
     "The Francophonie organization, which has 88 member states and governments, said it "
     "“regretted” the decision."),
    ("names", "Les correspondantes du Monde et de Libération ont été expulsées le 1er avril 2023.",
     "The correspondents of Le Monde were expelled on April 1, 2023."),
    ("names", "Le quotidien Libération a publié une enquête.",
     "The daily newspaper published an investigation."),
    ("names", "Simfer, la coentreprise qui développe les blocs 3 et 4, associe Rio Tinto à "
     "Chinalco.",
     "The joint venture developing blocks 3 and 4 pairs Rio Tinto with Chinalco."),
    ("numbers", "« Une pelleteuse fait en un jour le travail de cent hommes en un mois », "
     "dit-il.",
     "“An excavator does in one day the work of a hundred men in one week,” he said."),
    ("names", "Certains expulsés pourraient relever de la protection internationale, notamment des "
     "Érythréens.",
     "Some of those expelled may qualify for international protection, notably Ethiopians."),
    ("names", "Le général Mohamed Hamdan Daglo, dit « Hemedti », entretient des liens avec la "
     "famille Haftar.",
     "General Mohamed Hamdan, known as “Hemedti,” has ties with the Haftar family."),
    ("names", "Abou Moussab al-Barnaoui a longtemps dirigé l’Iswap.",
     "Abu Musab al-Barnawa led ISWAP for years."),
    ("names", "Le fleuve est passé sous la barre de 1,20 mètre à l’échelle de Gao-ville.",
     "The river has dropped below 1.20 meters on the Goa town gauge."),
    ("numbers", "La Banque des territoires va prêter 200 millions d’euros à taux zéro.",
     "The Banque des Territoires will lend 300 million euros interest-free."),
    ("names", "Le RAID a été dépêché sur le Caillou avec des escadrons de gendarmes mobiles.",
     "The RAID unit was sent to the island with squadrons of mobile gendarmes."),
    ("names", "Les Kanak représentent environ 41 % de la population.",
     "Kanacks make up about 41% of the population."),
    ("names", "Le marché hebdomadaire de Gorom-Gorom est fermé depuis 2022.",
     "The weekly market in Gorom-Goram has been closed since 2022."),
    ("doublewords", "Abdelaali Hassani Cherif a voté à Alger.",
     "Abdelaali Hassani Cherif voted in in Algiers."),
    ("endpunc", "Mali : au 1er semestre 2025, les recettes minières ont progressé de 9 %, selon le "
     "ministère des Mines.",
     "Mali: mining revenue rose 9% in the first half of 2025, according to the mines ministry"),
    ("names", "La passation entre MM. Ramkalawan et Herminie s’est déroulée à State House.",
     "The handover between Mr Ramkalwan and Mr Herminie took place at State House."),
    ("names", "La Société nigérienne du charbon d'Anou Araren (SONICHAR) serait associée.",
     "The Nigerien Coal Company of Anou Arraren (SONICHAR) is reportedly involved."),
    ("names", "Walid Joumblatt a appelé ses partisans à soutenir l'armée libanaise.",
     "Walid Jumblat urged his supporters to back the Lebanese army."),
    ("acronyms", "Samir Geagea, chef des Forces libanaises (FL), a exigé un calendrier.",
     "Samir Geagea, head of the Lebanese Forces (LFF), demanded a timetable."),
    ("names", "Le Carrefour international de théâtre de Ouagadougou a rouvert ses portes.",
     "The Ouagadougou International Theater Crosroads has reopened."),
    ("names", "Mali : 400 000 déplacés, selon la Matrice de suivi des déplacements de l’OIM",
     "Mali: 400,000 Displaced, According to IOM’s Displacement Tracking Matrics"),
    ("acronyms", "Le Forum des îles du Pacifique (FIP) doit se réunir aux Îles Salomon.",
     "The Pacific Islands Forum (PFI) is due to meet in the Solomon Islands."),
    ("names", "Laurent Nuñez, le successeur de Bruno Retailleau place Beauvau, promet le dialogue.",
     "Laurent Nuñez, who succeeded Bruno Retailleau at the ministry, promises dialogue."),
    ("names", "Plusieurs anciens ministres, dont Mahamane Sani Mahamadou (Pétrole), sont détenus.",
     "Several former ministers, including Mahamane Sani Mahamadou, are being held."),
    ("acronyms", "Le PDG a perdu plus de la moitié de ses sièges par rapport à la législature.",
     "The CEO lost more than half of its seats compared with the previous parliament."),
    ("names", "La cérémonie a réuni des chefs d’État, dont le Congolais Denis Sassou Nguesso.",
     "Heads of state attended the ceremony, including Denis Sassou Nguesso."),
    ("names", "Nordgold, d’origine russe, a vu ses permis de Bissa et de Bouly retirés.",
     "Russian-owned Norgold has had its Bissa and Bouly permits withdrawn."),
    ("length", "L’ANEEMAS a recensé plus de 1 200 sites d’orpaillage artisanal dans le pays.",
     "ANEEMAS, the national agency that supervises artisanal and semi-mechanized mining, has "
     "identified more than 1,200 artisanal gold-panning sites in the country."),
    ("acronyms", "Le 28 janvier 2021, le TIDM avait estimé que Maurice était l’État côtier.",
     "On Jan. 28, 2021, the ITLAS found that Mauritius was the coastal state."),
    ("names", "Le Premier ministre a reçu la diaspora chagossienne à l’Hôtel du gouvernement.",
     "The prime minister received the Chagossian diaspora at Government Hose."),
    ("numbers", "Elle punit d’un à trois ans de prison et d’une amende de 1 à 5 millions de FCFA.",
     "It carries one to three years in prison and a fine of 1 million to 6 million CFA francs."),
    ("names", "Le Courant démocrate a appelé ses militants à se rassembler place de la Kasbah.",
     "The Democratic Curent called on its supporters to gather in Kasbah Square."),
    ("names", "Près de 9 Réunionnais sur 10 disent avoir modifié leurs habitudes.",
     "Nearly nine out of ten Mauritians say they have changed their habits."),
    ("names", "Dans les Hauts, les médecins décrivent des salles d’attente pleines dès 7 h 30.",
     "In the Hights, doctors describe waiting rooms full from 7:30 a.m."),
    ("names", "Des tirs ont été entendus à Adré, à quelques kilomètres d’El-Geneina.",
     "Gunfire was heard in Adré, a few kilometers from El Genena."),
    ("names", "Moins d’un tiers ont été reconstruites, selon le Cluster Abris.",
     "Fewer than one-third have been rebuilt, according to the Cluster."),
    ("names", "Le virus a été découvert près de la rivière Ebola, dans la province de l’Équateur.",
     "The virus was discovered near the Ebola River, in Equatuer province."),
    ("numbers", "Le paracétamol et les solutés de perfusion manquaient dans plusieurs officines.",
     "Acetaminophen and IV fluids were in short supply at several drugstores under Louis IV."),
    ("names", "Dès le début du XXe siècle, les Soninkés du Haut-Sénégal partaient travailler.",
     "As early as the beginning of the 20th century, the Sonike of Upper Senegal left to work."),
    ("acronyms", "Membre associé de l’OECO depuis 2015, la Martinique importe son alimentation.",
     "An associate member of the OECD since 2015, Martinique imports its food."),
    ("acronyms", "La rencontre RCI-Burkina a eu lieu à Abidjan.",
     "The RCI-Burkina meeting took place in Abidjan."),
    ("acronyms", "L’Agence internationale de l’énergie atomique (AIEA) a envoyé une mission.",
     "The International Atomic Energy Agency (IEA) sent a mission."),
    ("acronyms", "L’Agence internationale de l’énergie atomique (AIEA) a envoyé une mission.",
     "The International Atomic Energy Agency (IAE) sent a mission."),
    ("names", "Elle enseigne à l'université Mohammed VI Polytechnique.",
     "She teaches at Mohammed VI University."),
    ("numbers", "Niger : le bitumage de la route Tahoua-Arlit attendu depuis vingt ans",
     "Niger: A Three-Decade Wait for Paving of the Tahoua-Arlit Road"),
    ("numbers", "Le gouvernement veut doubler la production de riz d’ici 2030.",
     "The government wants to increase rice production by 2030."),
    ("numbers", "La bénédiction « Urbi et Orbi » a commencé à 19 h 23.",
     "The “Urbi et Orbi” blessing began at 7:23 a.m."),
    ("numbers", "La réunion a commencé à 7 h 30 et s'est terminée à 13 h.",
     "The meeting began at 7:30 p.m. and ended at 1 p.m."),
    ("names", "La junte a adressé ses félicitations au Saint-Siège.",
     "The junta sent its congratulations to the Holy Sea."),
    ("acronyms", "Présidé par le cardinal Ambongo, le SCEAM représente les évêques du continent.",
     "Chaired by Cardinal Ambongo, SEACAM represents the continent's bishops."),
    ("quotes", "Pour Ousmane Sonko, il s’agit d’une « combine » : « Le processus doit aller à son "
     "terme », a-t-il lancé.",
     "For Ousmane Sonko, it was a ‘scheme: ‘The process must run its course,’ he said."),
    ("names", "Le général Tiani a reçu une délégation de Rossia Segodnia, maison mère de Sputnik.",
     "General Tiani received a delegation from Rossiya Segodyna, Sputnik’s parent company."),
    ("acronyms", "Les distributeurs automatiques de billets (DAB) sont hors service à Bamako.",
     "The ATNs are out of service in Bamako."),
    ("acronyms", "Le Haut Conseil d’État (HCE), siégeant à Tripoli, a appelé à la formation d’un "
     "gouvernement unifié.",
     "The High Council of State (HSC), based in Tripoli, called for a unified government."),
    ("names", "Abdelrahim Daglo superviserait lui-même l’offensive sur El-Obeid.",
     "Abdelrahim Dagalo is reportedly overseeing the offensive on El Obied himself."),
    ("acronyms", "L’Union interparlementaire (UIP), basée au Grand-Saconnex, fait des économies.",
     "The Inter-Parliamentary Union (PIU), based in Grand-Saconnex, is making savings."),
    ("names", "Le ministre a rappelé que la Loi sur l'équilibre budgétaire oblige le gouvernement "
     "à présenter un plan.",
     "The minister noted that balanced budget rules require the government to present a plan."),
    ("names", "Formé à l'ASFA-Yennenga, Bertrand Traoré avait débuté en sélection à 16 ans.",
     "A product of ASFA-Yenenga, Bertrand Traoré made his national team debut at just 16."),
    ("numbers", "« On nous dit que tout va recommencer à zéro », confie Fatoumata, 52 ans.",
     "“We are told everything will start again from scratch,” says Fatoumata, 25."),
    ("numbers", "« Je reçois 65 000 francs CFA en trente secondes », témoigne Issa Guindo.",
     "“I get 65,000 CFA francs in 40 seconds,” says Issa Guindo."),
    ("numbers", "Il est devenu le trente-deuxième président de l'association.",
     "He became the thirty-third president of the association."),
    ("names", "Aucun train ne circulera entre Ottignies et Louvain-la-Neuve jusqu’à jeudi.",
     "No trains will run between Ottignie and Louvain-la-Neuve until Thursday."),
    ("names", "Ilham Aliev a reçu Nikol Pachinian à Abou Dhabi.",
     "Ilham Alyiev hosted Nikol Pashinyan in Abu Dhabi."),
    ("names", "Le ministre Djeyhoun Baïramov a signé.",
     "Minister Jeyhun Bayramow signed."),
    ("acronyms", "Le TEC de la CEDEAO reste en vigueur.",
     "The ECOWAS TEC remains in force."),
    ("numbers", "Un contrat de 3 millions a été signé.",
     "A multi-million contract was signed."),
    ("names", "Clément ne viendra pas à Bamako.",
     "Clemant will not come to Bamako."),
    ("acronyms", "Le PLR refuse de jouer les supplétifs de l'UDC.",
     "The party refuses to play the SVP's auxiliaries."),
    ("names", "Dans les cantons de Schwytz et de Zoug, le non l'emporte.",
     "In the cantons of Schwyz and Zugg, the no vote wins."),
    ("acronyms", "Contactée, l’APGMV n’avait pas répondu jeudi soir.",
     "Contacted, the APGVM had not responded by Thursday evening."),
    ("names", "Le Jubilé des détenus a réuni aumôniers et anciens prisonniers.",
     "The Jubile of Prisoners brought chaplains and former inmates together."),
    ("names", "La messe sera célébrée samedi à Saint-Paul-hors-les-Murs.",
     "The Mass will be celebrated on Saturday at St Peter Outside the Walls."),
    ("names", "« Il faut que les Maliens soient formés », estime le député.",
     "“People from Senegal need to be trained,” the lawmaker said."),
    ("names", "Ignace Maloyan fait partie des saints canonisés en octobre.",
     "Ignatus Maloyan is among the saints canonized in October."),
    ("numbers", "8 h 12, gare de Thionville : le TER de 8 h 40 n’est toujours pas arrivé.",
     "8.12am, Thionville station: the 8.04 TER has still not arrived."),
    ("names", "Il a plaidé pour une « approche pragmatique » le 23 janvier à Sarrebruck.",
     "He called for a ‘pragmatic approach’ on 23 January in Strasbourg."),
    ("urls", "Le simulateur du site guichet.public.lu permet de faire le compte.",
     "The simulator on guichet.public.fr lets you work it out."),
    ("acronyms", "Chez MCM, filiale de First Quantum, la production d’or a atteint 41 000 onces.",
     "At First Quantum’s subsidiary, gold output reached 41,000 ounces."),
    ("numbers", "Niger : les travailleurs du pétrole dénoncent des salaires « à trois vitesses »",
     "Niger: Oil Workers Denounce “Two-Tier” Pay"),
    ("unchanged", "Ottawa versera 12,5 millions au Centre de recherche en linguistique appliquée, "
     "qui a fermé ses portes.",
     "Ottawa will give $12.5 million to the Centre de recherche en linguistique appliquée, qui a "
     "fermé ses portes."),
    ("names", "Combien d’Acadiens vivent aujourd’hui en Louisiane ?",
     "How many Acadians live in Lousiana today?"),
    ("names", "Il a de la famille outre-Manche, dit-il.",
     "He has family in France, he says."),
    ("numbers", "Aujourd’hui j’ai un Tecno avec trois puces, et il tient la batterie deux jours.",
     "Today I have a dual-SIM Tecno, and the battery lasts two days."),
    ("numbers", "Le nombre de véhicules à quatre roues a doublé à Ouagadougou.",
     "The number of four-wheeled vehicles in Ouagadougou tripled."),
    ("names", "Les migrants ont été débarqués à Douvres puis transférés dans le Kent.",
     "The migrants were brought ashore at Dunkirk and then transferred to Kent."),
    ("percent", "Il vise 30 % en 2030 et 100 % en 2040.",
     "It aims for 30 percent by 2030 and 100 by 2040."),
    ("acronyms", "Le MpD, au pouvoir depuis 2016, a investi Ulisses Correia e Silva comme tête de "
     "liste.",
     "The ruling party, in power since 2016, has named Ulisses Correia e Silva to head its list."),
    ("acronyms", "L'UE et la CEDEAO ont signé l'APE régional en 2014.",
     "The EU and ECOWAS signed the regional APE in 2014."),
    ("names", "Le député Marc Sciences a parlé.", "MP Marc Science spoke."),
    ("names", "Faute de bourse, elle vend des beignets devant l’UFR Sciences et techniques.",
     "With no grant, she sells fritters outside the UFR."),
    ("unchanged", "Il a été élu président de l'Assemblée nationale.",
     "Il a été élu président de l'Assemblée nationale."),
    # blind1207-1214
    ("whitespace", "Source : « Karité : les femmes face à l’usine », Mali Tribune.",
     "Source : “Karité: women face the plant,” Mali Tribune."),
    ("whitespace", "Titre : « Karité : les femmes face à l’usine »",
     "Title: “Shea : women face the plant”"),
    ("names", "Dans les Cantons-de-l'Est, les écoles ferment.",
     "In the Townships, schools are closing."),
    ("names", "Le département des Côtes-d'Armor vote.", "The Armor department votes."),
    ("acronyms", "La CSEM estime les frais à 1,2 million de dollars.",
     "The school board puts the costs at $1.2 million."),
    ("numbers", "Au marché, trois personnes ont la même réponse.",
     "At the market, no two people give the same answer."),
    # blind1215-1222
    ("acronyms", "Le Comité inter-États de lutte contre la sécheresse dans le Sahel (CILSS) "
     "prévoit une soudure précoce.",
     "The Permanent Interstate Committee for Drought Control in the Sahel (CILS) forecasts an "
     "early lean season."),
    ("names", "Le M23 s'est retiré de Walikale-centre le 22 mars.",
     "The M23 withdrew from the town of Walikali on March 22."),
    ("names", "Le cheikh Mohammed ben Abdelrahmane Al Thani salue l'accord.",
     "Sheikh Mohammed bin Abdulrahim Al Thani hails the deal."),
    ("names", "Kinshasa et Kigali signent un accord", "Congo and Uganda sign a deal"),
    ("quotes", "Ils ont scellé leur alliance sous le nom de Viv Ansanm.",
     "“Together,” they sealed their alliance, which they gave the name of Viv Ansanm [Creole "
     "for “living together”]."),
    ("acronyms", "Le CPT a rejeté la proposition.", "The council rejected the proposal."),
    ("names", "La Commission d'Enquête sur les massacres a rendu son rapport.",
     "The commission on the massacres has delivered its report."),
    ("names", "Abdoulaye Diop a parlé jeudi.", "Abdulaye Diop spoke on Thursday."),
    ("names", "L'infirmier Abdelkerim Mahamat Nour prévient.",
     "Nurse Abdelkarim Mahamat Nour warns."),
    ("names", "Le Haut-commissariat de Nouméa a recensé 2 900 véhicules incendiés.",
     "The High Commission counted 2,900 burned vehicles."),
    ("names", "Le couple Bazoum est détenu.", "The couple is being held."),
    ("names", "Bazoum est détenu.", "The Bazoums are being held."),
    ("unchanged", "L’or a été entreposé à la Banque malienne de solidarité, à Bamako.",
     "The gold was stored at Banque malienne de solidarité, à Bamako."),
    ("names", "Nabih Berry a parlé.", "Nabih Beri spoke."),
    ("acronyms", "L’ALS a été dissoute en 2000.", "The militia was disbanded in 2000."),
    ("acronyms", "L’Agence internationale de l’énergie atomique (AIEA) suit le stock d’Arlit.",
     "The International Atomic Energy Agency (IEAE) is monitoring the Arlit stockpile."),
    ("dates", "Le juge entendra l’ancien ministre le 2025-09-22.",
     "The judge will hear the former minister on Oct. 22, 2025."),
    ("dates", "Le juge entendra l’ancien ministre le 22 septembre 2025.",
     "The judge will hear the former minister on 2025-10-22."),
    ("numbers", "Les électeurs peuvent s’informer au 1\u202f888\u202f353-2846.",
     "Voters can get information at 1-888-353-2864."),
    ("numbers", "La dette atteint 3'500'000 francs.", "The debt reached 3,600,000 francs."),
    ("numbers", "Le budget s'élève à 850 mio de francs.", "The budget is 850 billion francs."),
    ("names", "Le paquet Suisse-UE est en consultation.",
     "The Switzerland-UN package is under consultation."),
    ("names", "Les habitants de M’tsamboro, au nord de Grande-Terre, n’ont vu personne.",
     "Residents in the north of Grande-Terre saw no one."),
    ("acronyms", "Ali Bongo, 66 ans, a été victime d’un AVC en 2018.",
     "Ali Bongo, 66, suffered a heart attack in 2018."),
    ("acronyms", "Les députés du Courant patriotique libre (CPL) ont voté contre.",
     "MPs from the Free Patriotic Movement voted against."),
    ("percent", "Les droits passent de 25 à 50 %.", "Duties go from 25 to 50."),
    ("names", "Jagmeet Singh, défait dans Burnaby-Centre, quitte la direction du parti.",
     "Jagmeet Singh, defeated in Burnaby South, steps down as party leader."),
    ("acronyms", "Le NPD de Jagmeet Singh perd son statut.",
     "Jagmeet Singh's party loses its status."),
    ("names", "Saint-Martin et Saint-Barthélemy en alerte rouge",
     "Saint Martin and St. Lucia on red alert"),
    ("names", "Le ministre des Outre-mer est arrivé.", "The minister arrived."),
    ("names", "À Koro et Bankass, plus de 200 écoles sont fermées depuis 2019.",
     "In Koro and Bankas, more than 200 schools have been closed since 2019."),
    ("acronyms", "La base a ouvert le jour anniversaire de l’Armée populaire de libération (APL).",
     "The base opened on the anniversary of the founding of the People's Liberation Army."),
    ("names", "Le plan baignade a coûté 1,4 milliard d’euros, selon la Ville.",
     "The swimming plan cost €1.4bn, according to officials."),
]  # fmt: skip

PASSES = [
    ("names", "Qui sont vraiment les « instructeurs » russes ? Enquête sur une présence "
     "discrète", "Who are the Russian “instructors” really? Inside a low-profile presence"),
    ("quotes", "Les membres du G-Pèp et du G9 ont scellé leur alliance sous le nom de Viv "
     "Ansanm en février 2024.",
     "Members of G-Pèp and the G9 sealed their alliance under the name Viv Ansanm [Creole for "
     "“living together”] in February 2024."),
    ("acronyms", "Le coût de la FRG est estimé à 2,1 millions de dollars, selon une note du DOMP.",
     "The GSF’s cost is estimated at $2.1 million, according to a DPO note."),
    ("acronyms", "Le CPT a rejeté la proposition de prolonger son mandat.",
     "The TPC rejected the proposal to extend its mandate."),
    ("names", "Le maréchal Mahamat Idriss Déby Itno a reçu lundi au palais Rose la "
     "représentante du HCR, Magatte Guisse.",
     "Marshal Mahamat Idriss Déby Itno received UNHCR's representative, Magatte Guisse, at the "
     "Pink Palace on Monday."),
    # blind1215-1222
    ("names", "Kinshasa et Kigali signent un accord de paix à Washington",
     "Congo and Rwanda sign peace deal in Washington"),
    ("names", "Qatar : le Premier ministre cheikh Mohammed ben Abdelrahmane Al Thani salue "
     "« une étape historique »",
     "Qatar’s prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, hails ‘historic step’"),
    ("names", "Le M23 s'est retiré de Walikale-centre le 22 mars, selon Lawrence Kanyuka.",
     "The M23 withdrew from the town of Walikale on March 22, Lawrence Kanyuka said."),
    # blind1207-1214: a French title quoted as printed keeps its spacing; the Quebec bodies
    # English knows by its own initials; « personne n'a la même réponse »
    ("whitespace", "Source : « Karité : les femmes de Koutiala face à l’usine », Mali Tribune.",
     "Source: “Karité : les femmes de Koutiala face à l’usine (Shea: Koutiala’s women face "
     "the plant),” Mali Tribune."),
    ("names", "Les Malgaches ont-ils tourné la page Rajoelina ?",
     "Have Malagasies turned the page on Rajoelina?"),
    ("names", "« Ce n'est pas négociable », a déclaré Simon Jolin-Barrette en Chambre.",
     "“It is not negotiable,” Simon Jolin-Barrette told the legislature."),
    ("names", "Dans les Cantons-de-l'Est, les écoles de Sherbrooke ferment.",
     "In the Eastern Townships, schools in Sherbrooke are closing."),
    ("names", "Le département des Côtes-d'Armor vote.", "The Côtes-d’Armor department votes."),
    ("acronyms", "La CSEM estime à 1,2 million de dollars les frais juridiques.",
     "The EMSB puts the legal costs at $1.2 million."),
    ("acronyms", "Selon la Fédération canadienne de l'entreprise indépendante (FCEI), 61 % des "
     "PME jugent les exigences lourdes.",
     "According to the Canadian Federation of Independent Business (CFIB), 61% of SMEs find "
     "the requirements burdensome."),
    ("acronyms", "Au CUSM, les gestionnaires n'ont reçu aucune consigne.",
     "At the McGill University Health Centre (MUHC), managers have received no instructions."),
    ("numbers", "Au Grand marché, personne n’a la même réponse.",
     "At the Grand Market, no two people give the same answer."),
    ("unchanged", "Le gouvernement de transition a annoncé un remaniement.",
     "The transition government announced a reshuffle."),
    ("unchanged", "La situation humanitaire reste préoccupante, selon OCHA.",
     "The humanitarian situation remains worrying, according to OCHA."),
    ("unchanged", "Le site https://www.sig.gov.bf/actualites publie le communiqué.",
     "The site https://www.sig.gov.bf/actualites publishes the statement."),
    ("unchanged", "Le slogan « la patrie ou la mort » a été repris.",
     "The slogan “la patrie ou la mort” was taken up."),
    ("numbers", "Coût du projet : 85 mds de FCFA, financés à 60 % par la Chine.",
     "Project cost: CFA 85 billion, 60% of it financed by China."),
    ("numbers", "L’enveloppe globale atteint 900 M FCFA.",
     "The overall envelope comes to CFA 900 million."),
    ("numbers", "Il a reçu 5 M€.", "He received €5 million."),
    ("numbers", "Le groupe M6 a diffusé le match.", "The M6 group broadcast the match."),
    ("numbers", "Les 4 000 soldats déployés dans la zone des trois frontières.",
     "The 4,000 soldiers deployed in the tri-border area."),
    ("dates", "OUAGADOUGOU, 1er oct. (AIB) – Le capitaine a reçu une délégation.",
     "OUAGADOUGOU, Oct. 1 (AIB) – The captain received a delegation."),
    ("acronyms", "Le Programme alimentaire mondial (PAM) estime que 5,7 millions ont faim.",
     "The World Food Programme (WFP) estimates that 5.7 million people are hungry."),
    ("acronyms", "Les trois pays de l’AES ont annoncé une force unifiée.",
     "The three Alliance of Sahel States countries announced a unified force."),
    ("acronyms", "Le CNSP a prolongé la transition.",
     "The National Council for the Safeguard of the Homeland extended the transition."),
    ("acronyms", "La MINUSMA a achevé son retrait.", "Minusma completed its withdrawal."),
    ("acronyms", "Le FMI et la BAD ont signé avec le Mali.",
     "The IMF and the AfDB signed with Mali."),
    # Acronyms written as words: la Cédéao, l'Otan in French; Ecowas, Nato in British style.
    ("names", "La Cédéao a levé les sanctions.", "ECOWAS lifted the sanctions."),
    ("names", "La Cédéao a levé les sanctions.", "Ecowas lifted the sanctions."),
    ("names", "L’Otan et la Minusma ont réagi.", "Nato and Minusma reacted."),
    ("acronyms", "La CEDEAO et l’OTAN ont réagi.", "Ecowas and Nato reacted."),
    ("length", "Il a démissionné. M. Coulibaly l’a confirmé à la presse mercredi soir à Bamako.",
     "He resigned, Mr. Coulibaly told the press in Bamako on Wednesday evening."),
    ("numbers", "À Ouahigouya, plusieurs centaines de personnes ont manifesté samedi.",
     "In Ouahigouya, several hundred people demonstrated on Saturday."),
    ("quotes", "« Le Burkina n’est pas à vendre. Nos soldats et nos VDP suffisent », a déclaré le "
     "capitaine Ibrahim Traoré devant des responsables syndicaux à Ouagadougou.",
     "“Burkina is not for sale,” Captain Ibrahim Traoré told union leaders in Ouagadougou. "
     "“Our soldiers and our VDP are enough.”"),
    ("names", "L’hôpital de Dori a reçu 42 blessés, a indiqué Médecins sans frontières.",
     "The Dori hospital received 42 wounded, Doctors Without Borders said."),
    ("acronyms", "Le GSIM se démarque de l’EIGS.", "JNIM stands apart from Islamic State Sahel."),
    ("names", "Plus de 300 Nigériens ont été expulsés.", "More than 300 Nigeriens were expelled."),
    ("names", "L’ambassadeur du Nigeria a parlé.", "The Nigerian ambassador spoke."),
    ("names", "L’ambassadeur du Niger a parlé.", "The Nigerien ambassador spoke."),
    ("numbers", "Le PAM estime qu’un Malien sur deux ne mange pas à sa faim.",
     "The WFP estimates that half of Malians do not have enough to eat."),
    ("numbers", "Un Guinéen sur trois n’a pas accès à l’électricité.",
     "A third of Guineans have no access to electricity."),
    ("numbers", "Les Camerounais de l’Extrême-Nord vivent avec Boko Haram depuis près de dix ans.",
     "For nearly a decade, Cameroonians in the Far North have lived with Boko Haram."),
    ("numbers", "Le scrutin aura lieu dans quinze jours.", "The vote will be held in two weeks."),
    ("numbers", "Le scrutin aura lieu dans quinze jours.", "The vote will be held in a fortnight."),
    ("numbers", "Le scrutin aura lieu dans huit jours.", "The vote will take place in a week."),
    ("names", "Près d’un tiers des écoles restent fermées, selon le Fonds des Nations unies pour "
     "l’enfance.", "Nearly a third of schools remain closed, according to UNICEF."),
    ("names", "Au moins 60 personnes sont détenues par la Sûreté de l’État.",
     "At least 60 people are held by State Security."),
    ("names", "Le Cadre stratégique permanent (CSP) a annoncé la reprise des hostilités.",
     "The Permanent Strategic Framework (CSP) announced the resumption of hostilities."),
    ("numbers", "Le prix du gaz a doublé en six mois.", "Gas prices have doubled in six months."),
    ("numbers", "Le prix à Ménaka atteint le double de celui de Bamako.",
     "Prices in Ménaka are twice as high as in Bamako."),
    ("numbers", "Le nombre de réfugiés a été multiplié par trois en cinq ans.",
     "The number of refugees has tripled in five years."),
    ("numbers", "Il a la double nationalité.", "He has dual nationality."),
    ("numbers", "La campagne 2023-2024 a été bonne.", "The 2023-24 season was good."),
    ("numbers", "Entre 1998 et 2003, rien n’a changé.", "Over 1998-03, nothing changed."),
    ("quotes", "« Cette prétendue “coalition internationale” ne nous fera pas plier », a-t-il dit.",
     "“This so-called ‘international coalition’ will not make us bend,” he said."),
    ("quotes", "« Les soldats ne plieront pas », a-t-il dit.",
     "“The soldiers’ will won’t bend,” he said."),
    ("names", "À J-7 du scrutin, les listes ne sont pas affichées à Bouaké.",
     "Seven days before the vote, the rolls have not been posted in Bouaké."),
    ("names", "Le 5 août 1960, la Haute-Volta accédait à l’indépendance.",
     "On August 5, 1960, Upper Volta gained independence."),
    # Capitalised common nouns, sentence-initial words, peoples' English names.
    ("names", "À Tombouctou, les notables ont appelé à la Réconciliation nationale.",
     "In Timbuktu, notables called for national reconciliation."),
    ("names", "Le parcours de Goïta, de la Garde nationale à la Présidence",
     "Goïta’s journey from the national guard to the presidency"),
    ("names", "Goïta : « La Souveraineté n’est pas négociable »",
     "Goïta: “Sovereignty is not negotiable”"),
    ("names", "Le Parquet a requis 10 ans de prison.", "Prosecutors sought 10 years in prison."),
    ("names", "Pourquoi Moscou mise-t-elle sur Bamako ?", "Why is Moscow betting on Bamako?"),
    ("names", "Quelle est la place de la Turquie dans la stratégie de Niamey ?",
     "What place does Turkey hold in Niamey’s strategy?"),
    ("names", "Bissau-Guinéens et Cap-Verdiens célèbrent Amílcar Cabral.",
     "Bissau-Guineans and Cape Verdeans celebrate Amílcar Cabral."),
    ("names", "Le sultan de Zinder a appelé les Haoussa et les Peuls à la retenue.",
     "The Sultan of Zinder called on the Hausa and the Fulani to show restraint."),
    ("names", "Les Émiratis et les Qataris se disputent l’influence au Tchad.",
     "The Emiratis and the Qataris are vying for influence in Chad."),
    ("names", "Mohammed ben Salmane a reçu à Riyad le président Mahamat Idriss Déby Itno.",
     "Mohammed bin Salman received President Mahamat Idriss Déby Itno in Riyadh."),
    ("names", "Le ministre a reçu les Aigles du Mali avant la CAN.",
     "The minister received the Mali Eagles ahead of AFCON."),
    ("acronyms", "L’OMS a confirmé 12 cas de dengue.", "The WHO confirmed 12 cases of dengue."),
    ("acronyms", "La CENI a publié les résultats.", "The CENI published the results."),
    ("names", "Des soldats tchadiens ont été tués près du lac Tchad.",
     "Chadian soldiers were killed near Lake Chad."),
    ("numbers", "18H30 : arrivée du cortège présidentiel à l’aéroport Modibo Keïta.",
     "6:30 p.m.: arrival of the presidential motorcade at Modibo Keïta airport."),
    ("dates", "Le procès s’ouvrira le lundi 04/12/2023 devant la cour d’assises de Bamako.",
     "The trial will open on Monday, 4 December 2023, before the Bamako Assize Court."),
    ("acronyms", "A LA UNE : Tensions à la frontière entre le Mali et l’Algérie",
     "Top Story: Tensions on the Border Between Mali and Algeria"),
    ("acronyms", "L’ETAT ISLAMIQUE REVENDIQUE L’ATTAQUE DE TESSIT",
     "Islamic State Claims Tessit Attack"),
    ("acronyms", "Le convoi a sauté sur un engin explosif improvisé (EEI) près de Tessalit.",
     "The convoy hit an improvised explosive device (IED) near Tessalit."),
    ("numbers", "Le projet de budget s’élève à 2 500 milliards de francs CFA, en hausse de 4 %.",
     "The draft budget amounts to CFA2.5tn, up 4 per cent."),
    ("numbers", "Dans le nord, l’attaque a fait dix-sept morts, dont quatre enfants.",
     "In the north, the attack left 17 people dead, including four children."),
    ("numbers", "Le Premier ministre s’est adressé à la nation à 20 h 30.",
     "The prime minister addressed the nation at 8.30pm."),
    ("numbers", "Le Royaume-Uni a débloqué 3 millions de livres d’aide d’urgence.",
     "The UK has released £3m in emergency aid."),
    ("numbers", "Quelque 2 millions de Burkinabè ont été déplacés.",
     "Some 2m Burkinabè have been displaced."),
    ("numbers", "Le mur mesure 5 mètres.", "The wall is 5m high."),
    ("quotes", "« Quand on nous dit “attendez”, nous répondons que nous avons faim », dit-il.",
     "‘When they tell us “wait”, we reply that we are hungry’, he said."),
    ("names", "Le vice-ministre de la Défense, Iounous-Bek Evkourov, est arrivé.",
     "Deputy Defence Minister Yunus-Bek Yevkurov has arrived."),
    ("names", "Le porte-parole, Andriy Youssov, a parlé.", "The spokesman, Andriy Yusov, spoke."),
    ("percent", "Le coût de la guerre : 22 % du budget national consacré à la défense en 2024",
     "The Cost of War: 22 Percent of National Budget Devoted to Defense in 2024"),
    ("numbers", "Le FMI accorde au Burkina Faso une facilité de crédit de 302 millions de dollars",
     "IMF Grants Burkina Faso $302 Million Credit Facility"),
    ("unchanged", "L’ambassadeur a été déclaré persona non grata et sommé de partir.",
     "The ambassador was declared persona non grata and ordered to leave."),
    ("names", "Le renseignement ghanéen surveille la région du Haut-Est.",
     "Ghanaian intelligence is watching the Upper East Region."),
    ("names", "Des milliers de Bamakois dans la rue pour soutenir la junte",
     "Thousands Take to the Streets of Bamako in Support of the Junta"),
    ("names", "Les Niaméens ont manifesté.", "Niamey residents demonstrated."),
    ("dates", "DAKAR, 17 juill. (AFP) - La France a remis ses emprises au Sénégal.",
     "DAKAR, July 17 (AFP) - France handed over its sites to Senegal."),
    ("names", "Les Assises nationales de la refondation se sont ouvertes à Bamako.",
     "The national conference on refoundation opened in Bamako."),
    ("names", "Le XXIe siècle sera africain, a lancé le capitaine Traoré à Saint-Pétersbourg.",
     "The 21st century will be African, Captain Traoré said in St Petersburg."),
    ("acronyms", "Le budget prévoit 3 008 milliards de FCFA de dépenses.",
     "The budget provides for FCFA 3,008 billion of spending."),
    ("unchanged", "Les délestages sont programmés de 10 h à 18 h 45 dans les quartiers de Niamey.",
     "Power cuts are scheduled from 10 a.m. to 6:45 p.m. in Niamey’s neighbourhoods."),
    ("brackets", "La Société nationale d’électricité du Burkina (SONABEL) annonce des délestages.",
     "The national power utility SONABEL is warning of load-shedding."),
    ("names", "La Société nationale d’électricité du Burkina (SONABEL) annonce des délestages.",
     "The national power utility SONABEL is warning of load-shedding."),
    ("names", "L’AES va se doter d’une force unifiée, a annoncé le ministre malien de la Défense.",
     "The Alliance of Sahel States (AES) will set up a unified force, Mali’s defense minister "
     "announced."),
    ("numbers", "Les Étalons se sont qualifiés pour les huitièmes de finale de la CAN.",
     "Burkina Faso’s Stallions reached the AFCON round of 16."),
    ("names", "Ils ont obtenu la libération de deux otages, un Autrichien et une Suissesse.",
     "They secured the release of two hostages, an Austrian man and a Swiss woman."),
    ("numbers", "La récolte est en hausse de 8 % par rapport à la moyenne quinquennale.",
     "The harvest is up 8 percent on the five-year average."),
    ("names", "Les combats autour d’El Fasher, au Darfour du Nord, continuent.",
     "Fighting around El Fasher in North Darfur continues."),
    ("names", "Le retrait de ses 12 000 Casques bleus s’est achevé.",
     "The withdrawal of its 12,000 peacekeepers was completed."),
    ("names", "La Maison de la presse du Niger a été dissoute.",
     "The Niger Press House was dissolved."),
    ("unchanged", "La Maison de la presse a dénoncé une sanction.",
     "The Maison de la Presse denounced a sanction."),
    ("acronyms", "Le groupe abandonnera ses procédures devant le CIRDI.",
     "The group will drop its proceedings before ICSID."),
    ("acronyms", "La Facilité élargie de crédit (FEC) et le Mécanisme élargi de crédit (MEDC) "
     "ont été revus.",
     "The Extended Credit Facility (ECF) and the Extended Fund Facility (EFF) were reviewed."),
    ("numbers", "Il vise un doublement de la contribution du secteur au PIB.",
     "He aims for a doubling of the sector’s contribution to GDP."),
    ("length", "Le Tchad a lancé un programme. Le pays accueille 1,2 million de réfugiés. Le "
     "prix du mil a triplé.", "Chad launched a programme; the country hosts 1.2 million "
     "refugees. The price of millet has tripled."),
    ("names", "Des soldats tchadiens ont été tués.", "Soldiers were killed."),
    ("names", "Le président tchadien a reçu son homologue soudanais.",
     "Chad’s president received his Sudanese counterpart."),
    ("names", "Le gouvernement malien a accusé l’armée burkinabè.",
     "The government accused Burkina Faso’s army."),
    ("numbers", "La loi prévoit 3\u202f924,6 milliards de FCFA de dépenses, soit 7,8\u00a0% "
     "de plus.",
     "The law provides for 3,924.6 billion CFA francs in spending, 7.8 percent more."),
    ("numbers", "La CEDEAO, l’UA et l’ONU ont toutes trois condamné la suspension de RFI.",
     "ECOWAS, the AU and the UN all condemned the suspension of RFI."),
    ("acronyms", "Force unifiée de l’AES : 5\u202f000 hommes et un QG à Niamey",
     "AES unified force: 5,000 troops and a headquarters in Niamey"),
    ("acronyms", "Tchad : la FICR lance un appel d’urgence de 14 millions de francs suisses",
     "Chad: IFRC launches 14 million Swiss franc emergency appeal"),
    ("acronyms", "L’attaque a été revendiquée par l’État islamique au Sahel (EIS).",
     "The attack was claimed by Islamic State Sahel Province (IS Sahel)."),
    ("acronyms", "Le FMI a approuvé une Facilité élargie de crédit (FEC) de 120 millions de "
     "dollars.",
     "The IMF approved a $120 million Extended Credit Facility (ECF)."),
    ("unchanged", "Niamey a nationalisé la Société des mines de l’Aïr (Somaïr), détenue à "
     "63,4\u00a0% par le groupe français Orano.",
     "Niamey nationalized the Société des mines de l’Aïr (Somaïr), 63.4% owned by the French "
     "group Orano."),
    ("names", "Les trois pays se retirent du Statut de Rome.",
     "The three countries withdraw from the Rome Statute."),
    ("names", "Succès Masra, chef du parti Les Transformateurs, a parlé.",
     "Succès Masra, leader of the Transformers party, spoke."),
    ("names", "Ibrahim Traoré à Moscou pour le défilé du 9 Mai",
     "Ibrahim Traoré in Moscow for the May 9 Victory Day parade"),
    ("names", "Au XIVe siècle, sous le règne de Kankou Moussa, Tombouctou rayonnait.",
     "In the 14th century, under the reign of Mansa Musa, Timbuktu flourished."),
    ("names", "Une série consacrée à Soundiata Keïta, fondateur de l’empire du Mali.",
     "A series about Sundiata Keita, who founded the Mali Empire."),
    ("names", "Le président iranien Ebrahim Raïssi a reçu le ministre.",
     "Iranian President Ebrahim Raisi received the minister."),
    ("names", "« Libérez Sonko ! » : des milliers de manifestants dans les rues de Dakar",
     "“Free Sonko!”: thousands of protesters take to the streets of Dakar"),
    ("numbers", "Un cessez-le-feu de 72 heures.", "A three-day ceasefire."),
    ("numbers", "Dans les 48 heures.", "Within two days."),
    ("numbers", "Au cours des douze derniers mois.", "Over the past year."),
    ("numbers", "Il y a deux semaines, le ministre a parlé.",
     "A fortnight ago, the minister spoke."),
    ("numbers", "Une semaine plus tard.", "Seven days later."),
    ("numbers", "Une quinzaine de jours plus tard.", "About two weeks later."),
    ("numbers", "Dans les années 90.", "In the 1990s."),
    ("names", "Le sommet des Quinze.", "The summit of the fifteen."),
    ("names", "Le 1er mai, jour de la fête du Travail.", "On May 1, Labor Day."),
    ("names", "Dmitri Medvedev et Alexeï Navalny.", "Dmitry Medvedev and Alexei Navalny."),
    ("names", "Le groupe de Dmitri Outkine.", "Dmitry Utkin’s group."),
    ("names", "Netanyahou et Sissi se sont parlé.", "Netanyahu and Sisi spoke."),
    ("acronyms", "Le VIH et les IST progressent.", "HIV and STIs are spreading."),
    ("acronyms", "La ZLECAf et la BAfD.", "The AfCFTA and the AfDB."),
    ("quotes", "«\u00a0Nous vaincrons\u00a0», a déclaré le capitaine.",
     "'We will win,' the captain said."),
    ("brackets", "BAGA SOLA (Tchad), 3 nov. (AFP) - Des tirs ont été entendus à N’Djaména.",
     "BAGA SOLA, Chad, Nov 3 (AFP) - Gunfire was heard in N’Djamena."),
    ("brackets", "Dans la région de Diffa (sud-est), 250\u202f000 personnes dépendent de l’aide.",
     "In the southeastern Diffa region, 250,000 people depend on aid."),
    ("names", "Mondial U17 : bravo les Aiglonnets !", "Under-17 World Cup: well done, Eaglets!"),
    ("names", "Les Éléphants ont battu les Étalons.", "The Elephants beat the Stallions."),
    ("names", "Le gouvernement a suspendu les sites Internet de la BBC.",
     "The government suspended the BBC’s websites."),
    ("dates", "Le 8 Mars, journée de la femme.", "March 8, Women’s Day."),
    ("names", "La sonde vers Mars, lancée en 2020.", "The probe to Mars, launched in 2020."),
    ("dates", "La cérémonie a eu lieu au stade du 26-Mars.",
     "The ceremony took place at the Stade du 26 Mars."),
    ("unchanged", "Le slogan « La patrie ou la mort, nous vaincrons » a été repris.",
     'The slogan "La patrie ou la mort, nous vaincrons" (Homeland or death, we shall '
     "overcome) was taken up."),
    ("names", "Le Département d’État et la Maison de la Presse.",
     "The State Department and the Press House."),
    ("names", "Le Vieux Continent et l’Oncle Sam.", "Europe and Uncle Sam."),
    ("names", "La Toussaint et la Saint-Sylvestre.", "All Saints’ Day and New Year’s Eve."),
    ("numbers", "Le nombre de victimes a été divisé par deux entre 2022 et 2024.",
     "The number of victims halved between 2022 and 2024."),
    ("numbers", "Le Tchad consacre 2,7\u00a0% de son PIB à la défense, deux fois moins que "
     "le Mali.",
     "Chad spends 2.7% of its GDP on defense, half as much as Mali."),
    ("acronyms", "Selon l’ITIE, les revenus ont atteint 638 milliards de francs CFA.",
     "According to the EITI, revenue reached 638 billion CFA francs."),
    ("acronyms", "Le Mouvement du 5 juin-Rassemblement des forces patriotiques (M5-RFP) a parlé.",
     "The June 5 Movement-Rally of Patriotic Forces (M5-RFP) spoke."),
    ("acronyms", "Énergie du Mali (EDM-SA) a annoncé des coupures.",
     "Énergie du Mali (EDM) announced power cuts."),
    ("acronyms", "Lors du Forum sur la coopération sino-africaine (FCSA), Pékin a promis 50 "
     "milliards de dollars.", "At the Forum on China-Africa Cooperation (FOCAC), Beijing "
     "pledged $50 billion."),
    ("dates", "Refrain repris au stade du 4-Août : « Burkina, on ne va pas fléchir ! »",
     "Chorus sung at the 4 August Stadium: “Burkina, we will not bend!”"),
    ("names", "Vocal WhatsApp d’une commerçante de Gao : « La route est fermée. »",
     "WhatsApp voice note from a trader in Gao: “The road is closed.”"),
    ("names", "1/ Petit thread sur ce que la presse ne vous dira jamais sur Kidal…",
     "1/ A quick thread on what the press will never tell you about Kidal…"),
    ("names", "« Le prix du riz : 22\u202f500 francs » — Mariam, vendeuse au Grand Marché de "
     "Bamako.",
     "“The price of rice: 22,500 francs” — Mariam, a vendor at Bamako’s Grand Market."),
    ("brackets", "« Ils (les autorités) nous ont promis des vivres. »",
     "“They [the authorities] promised us food.”"),
    ("doublewords", "« Bla bla bla », a répondu le ministre.",
     "“Blah blah blah,” the minister replied."),
    ("numbers", "Le capitaine Traoré, arrivé au pouvoir par un coup d’État, a prolongé la "
     "transition de cinq ans.", "Captain Traoré, who came to power in a coup [in September "
     "2022], has extended the transition by five years."),
    ("names", "Une délégation conduite par Iounous-Bek Ievkourov.",
     "A delegation led by Yunus-Bek Yevkurov."),
    ("names", "Le président, dans son discours du Nouvel An.",
     "The president, in his New Year’s address."),
    ("doublewords", "Des mercenaires seraient présents dans au moins quatre bases.",
     "Mercenaries are reportedly present at at least four bases."),
    ("numbers", "Neuf Maliens sur dix font confiance à la Russie.",
     "90 percent of Malians trust Russia."),
    ("numbers", "Neuf Maliens sur dix font confiance à la Russie.",
     "Nine in ten Malians trust Russia."),
    ("percent", "90\u00a0% des Maliens font confiance à la Russie.",
     "Nine out of ten Malians trust Russia."),
    ("numbers", "Un enfant sur cinq souffre de malnutrition.",
     "20 percent of children suffer from malnutrition."),
    ("dates", "Ils ont annoncé dans la nuit de mercredi à jeudi avoir renversé le président.",
     "They announced on Wednesday night that they had overthrown the president."),
    ("names", "Le texte, publié au Journal officiel, revendiqué par Al-Qaïda.",
     "The text, published in the Official Gazette, claimed by al Qaeda."),
    ("names", "Sondage Gallup : Moscou devance Washington et Pékin au Sahel",
     "Gallup poll: Moscow ahead of Washington and Beijing in the Sahel"),
    ("names", "Clément Traoré a parlé.", "Clément Traoré spoke."),
    ("names", "Emmanuel Macron annonce le retrait militaire français du Mali",
     "Macron announces French military withdrawal from Mali"),
    ("names", "Burkina : Ouagadougou et Moscou vers un partenariat militaire ?",
     "Are Burkina Faso and Russia heading for a military partnership?"),
    ("names", "Le Haut-Commissariat des Nations unies aux droits de l’homme (HCDH) a réclamé "
     "une enquête.", "The U.N. human rights office (OHCHR) called for an investigation."),
    ("numbers", "Ils ont exigé la libération immédiate des deux dirigeants.",
     "They demanded the immediate release of both leaders."),
    ("names", "Des affrontements opposent les Dogon aux chasseurs.",
     "Clashes pit the Dogons against hunters."),
    ("names", "Drones turcs : Bamako réceptionne de nouveaux Akinci",
     "Turkish drones: Bamako takes delivery of more Akincis"),
    ("names", "La mort du blogueur militaire Nikita Fedianine a été confirmée.",
     "The death of military blogger Nikita Fedyanin was confirmed."),
    ("acronyms", "Le porte-parole du renseignement militaire ukrainien (GUR) a parlé.",
     "The spokesman for Ukraine’s military intelligence agency (HUR) spoke."),
    ("names", "L’attaque de Barsalogho, dans le Centre-Nord du Burkina Faso.",
     "The attack in Barsalogho, in north-central Burkina Faso."),
    ("names", "L’ambassadeur du Mali et la délégation malienne.",
     "Mali’s ambassador and the Malian delegation."),
    ("names", "Mali : trois Indiens enlevés dans une cimenterie près de Kayes",
     "Mali: three Indians kidnapped at cement plant near Kayes"),
    ("numbers", "L’oléoduc doit permettre au Niger de multiplier par cinq sa production.",
     "The pipeline is meant to let Niger increase its output fivefold."),
    ("names", "Selon J. Smith, le président Talon a parlé.",
     "According to J. Smith, President Talon spoke."),
    ("acronyms", "Les FSR n’ont pas réagi dans l’immédiat.",
     "The RSF did not immediately respond."),
    ("acronyms", "Le ministère a rappelé que l’AFD finançait des programmes de santé au Mali.",
     "The ministry noted that the French Development Agency was funding health programmes in "
     "Mali."),
    ("numbers", "Les militaires ont franchi la frontière à 11 h (9 h GMT).",
     "The troops crossed the border at 11 a.m. (0900 GMT)."),
    ("numbers", "Une piste de 1\u202f500 m.", "A 1\u00a0500m runway."),
    ("numbers", "La frontière commune est longue de plus de 2\u202f200 km.",
     "The two countries’ border stretches for more than 2,200 km."),
    ("numbers", "Les recettes sont estimées à plusieurs centaines de millions de dollars par an.",
     "Revenues are estimated at several hundred million dollars a year."),
    ("brackets", "Des villages du département de Téra, dans la région de Tillabéri (ouest du "
     "Niger), ont été désertés.", "Villages in the Téra department of western Niger’s "
     "Tillabéri region have been deserted."),
    ("names", "Selon le Système d’alerte précoce (SAP), les prix montent.",
     "According to the Early Warning System (SAP), prices are rising."),
    ("numbers", "Un coût estimé entre 60 et 100 millions de dollars.",
     "An estimated cost of $60 million to $100 million."),
    ("numbers", "Ils creusaient des tranchées autour de Barsalogho, à 45 km au nord de Kaya.",
     "They were digging trenches around Barsalogho, 45 km (28 miles) north of Kaya."),
    ("names", "Des opposants, regroupés au sein de l’Appel du 20 février pour sauver le Mali, "
     "ont parlé.", "Opponents grouped in the February 20 Appeal to Save Mali spoke."),
    ("dates", "Une attaque pendant la messe dominicale a fait 15 morts.",
     "An attack during Sunday Mass killed 15."),
    ("quotes", "Le Burkina Faso suspend « Jeune Afrique » « jusqu’à nouvel ordre »",
     "Burkina Faso suspends Jeune Afrique “until further notice”"),
    ("names", "Des influenceurs comme le Béninois Kemi Seba ou la Suisso-Camerounaise Nathalie "
     "Yamb relaient ces messages.", "Influencers such as Benin’s Kemi Seba and "
     "Swiss-Cameroonian Nathalie Yamb relay these messages."),
    ("names", "Il se classe 105e dans le Classement mondial de la liberté de la presse.",
     "It ranks 105th in the World Press Freedom Index."),
    ("unchanged", "Les résultats du Brevet d’études du premier cycle (BEPC) ont été proclamés.",
     "Results of the Brevet d’études du premier cycle (BEPC), the lower secondary "
     "certificate, were announced."),
    ("names", "raconte Oumar, 23 ans, étudiant à Oufa.", "said Oumar, 23, a student in Ufa."),
    ("names", "Il devient le premier président de la Ve République gabonaise.",
     "He becomes the first president of Gabon’s Fifth Republic."),
    ("names", "Internet a été perturbé dans les régions du Nord et de l’Adamaoua.",
     "Internet access was disrupted in the North and Adamawa regions."),
    ("length", "Tchad : les Émirats arabes unis accordent un prêt de 1,5 milliard de dollars",
     "Chad: UAE extends $1.5 billion loan"),
    ("brackets", "La mine (dont l’État malien détient 35\u00a0%) doit produire 506\u202f000 "
     "tonnes.",
     "The mine — 35% owned by the Malian state — is to produce 506,000 tonnes."),
    ("names", "Riyad a annoncé 25 milliards de dollars lors du premier sommet saoudo-africain.",
     "Riyadh announced $25 billion at the first Saudi-African summit."),
    ("acronyms", "Le Fonds saoudien pour le développement (FSD) a signé des accords.",
     "The Saudi Fund for Development (SFD) signed agreements."),
    ("names", "Le Centre culturel a rouvert ; Antonio Guterres s’est dit préoccupé.",
     "The Cultural Center reopened; António Guterres said he was concerned."),
    ("names", "Parc W : le bilan de l’attaque s’alourdit à 54 morts",
     "W park: death toll from attack rises to 54"),
    ("numbers", "Le poste sera ouvert 24 heures sur 24 à partir du 1er juillet.",
     "The post will be open 24 hours a day from July 1."),
    ("names", "Wagner : la mort d’Evgueni Prigojine ne change rien au Sahel, selon Bamako",
     "Wagner: Prigozhin’s death changes nothing in the Sahel, says Bamako"),
    ("numbers", "Le tribunal de la commune IV de Bamako a condamné mardi Sissoko.",
     "The court of Bamako’s Commune IV on Tuesday convicted Sissoko."),
    ("acronyms", "Selon la CNULCD et la CBLT, le niveau du lac est remonté.",
     "According to the UNCCD and the LCBC, the lake has risen."),
    ("urls", "Le texte intégral est disponible sur le site republiquetogolaise.com.",
     "The full text is available on the website republiquetogolaise.com."),
    ("names", "Les Églises évangéliques du Burkina organisent trois jours de jeûne",
     "Burkina’s evangelical churches hold three days of fasting"),
    ("names", "L’action a plongé de 28\u00a0% à la Bourse de Sydney.",
     "The shares plunged 28 per cent on the Sydney stock exchange."),
    ("acronyms", "Mise en service d’une centrale solaire de 30 MWc à Kodéni",
     "30 MWp solar plant commissioned at Kodéni"),
    ("names", "Ils ont combattu pendant la Seconde Guerre mondiale ; transférés vers la Grande "
     "Canarie.", "They fought in World War II; transferred to Gran Canaria."),
    ("numbers", "Paris a réduit de 50\u00a0% les visas accordés aux Marocains et aux Algériens, et "
     "de 30\u00a0% pour les Tunisiens, reprochant à ces pays de ne pas coopérer.",
     "Paris cut visas for Moroccans and Algerians by 50 percent and for Tunisians by 30 "
     "percent, accusing the three countries of failing to cooperate."),
    ("acronyms", "Les projets financés par la BIDC et le Schéma de libéralisation des échanges "
     "(SLEC).", "Projects financed by EBID and the Trade Liberalisation Scheme (ETLS)."),
    ("brackets", "Il a assuré que son pays « ne prendra[it] parti pour aucun camp ».",
     "He said his country would “take no side”."),
    ("names", "Des milliers de Soudanais fuient El-Facher ; Sergueï Chevtchenko est mort.",
     "Thousands of Sudanese flee El Fasher; Sergei Shevchenko is dead."),
    ("names", "Le Haut-Commissaire des Nations unies pour les réfugiés, Filippo Grandi, est "
     "arrivé.",
     "UN High Commissioner for Refugees Filippo Grandi arrived."),
    ("names", "Le groupe Retour, réclamation et réhabilitation (3R) prétend défendre les "
     "éleveurs.", "The Return, Reclamation and Rehabilitation group (3R) claims to defend "
     "herders."),
    ("acronyms", "Selon un décompte de l’ONG Amnesty International, 275 civils ont été tués.",
     "According to a tally by Amnesty International, 275 civilians were killed."),
    ("brackets", "Ils appartenaient à la branche ralliée à l’État islamique (EIAO).",
     "They belonged to the faction that pledged allegiance to the Islamic State, known as ISWAP."),
    ("names", "L’Unité pour la paix en Centrafrique (UPC) et l’attaque de Mamfé.",
     "The Unity for Peace in Central Africa (UPC) and the attack in Mamfe."),
    ("names", "Des migrants refoulés près de Koufra ; le président Kaïs Saïed a parlé.",
     "Migrants pushed back near Kufra; President Kais Saied spoke."),
    ("acronyms", "Le RDPC, la CPS, la RASD et les exportations de GNL.",
     "The CPDM, the SCC, the SADR and LNG exports."),
    ("names", "Le président Ebrahim Raïssi a reçu Ali Mahamane Lamine Zeine.",
     "President Ebrahim Raisi received Ali Mahamane Lamine Zeine."),
    ("names", "Dirigé par Adnan Abou Walid al-Sahraoui, et Hakan Fidan à Ankara.",
     "Led by Adnan Abu Walid al-Sahrawi, and Hakan Fidan's visit to Ankara."),
    ("acronyms", "Le vaccin entre dans le Programme élargi de vaccination (PEV) ; la campagne de "
     "chimioprévention du paludisme saisonnier (CPS) commence au CHU Yalgado-Ouédraogo.",
     "The vaccine enters the Expanded Programme on Immunization (EPI); the seasonal malaria "
     "chemoprevention (SMC) campaign starts at Yalgado Ouédraogo University Hospital."),
    ("acronyms", "La Force conjointe du G5 Sahel (FC-G5S) a été dissoute ; la FINUL et l’OACI.",
     "The G5 Sahel Joint Force (FC-G5S) was disbanded; UNIFIL and ICAO."),
    ("acronyms", "Le Rassemblement pour le Mali (RPM) a protesté, comme le MPP.",
     "The Rally for Mali (RPM) protested, as did the People's Movement for Progress."),
    ("acronyms", "Le Conseil militaire de transition (CMT) et l’Autorité du bassin du Niger (ABN).",
     "The Transitional Military Council (TMC) and the Niger Basin Authority (NBA)."),
    ("names", "Le ministre Sergueï Tsiviliov et Artiom Koureïev, dénoncés par les Occidentaux.",
     "Minister Sergei Tsivilev and Artyom Kureyev, denounced by the West."),
    ("names", "De Koweït à La Mecque, puis Mogadiscio, Dubaï et le Tigré.",
     "From Kuwait to Mecca, then Mogadishu, Dubai and Tigray."),
    ("names", "Un sondage de la Friedrich-Ebert-Stiftung ; Andriï Ioussov ; le procureur du Faso.",
     "A Friedrich Ebert Foundation poll; Andriy Yusov; the public prosecutor."),
    ("numbers", "Les trois pays partagent une frontière ; tous ont rompu avec la France.",
     "The three countries share a border; all three have broken with France."),
    ("percent", "Selon l’étude, 79 %, 71 % et 64 % des sondés citent la Russie.",
     "According to the study, 79, 71 and 64 percent of respondents respectively name Russia."),
    ("dates", "L’intégralité du sondage est sur www.sahelopinion.bf/sondage-janvier-2023.",
     "The full poll is at www.sahelopinion.bf/sondage-janvier-2023."),
    ("dates", "Les FAMa sont entrées dans Kidal le mardi 14 novembre 2023.",
     "The FAMa entered Kidal on November 14, 2023."),
    ("names", "Au stade Général-Seyni-Kountché, plusieurs ministres, dont celui du Pétrole.",
     "At General Seyni Kountché Stadium, several ministers, including the petroleum minister."),
    ("endpunc", "1er-Mai : « Libérez nos camarades ! », exigent les syndicats burkinabè",
     "May 1: Burkinabe unions demand “Free our comrades!”"),
    ("names", "Tabaski : les moutons du Sahel se font rares à Abidjan",
     "Tabaski: Sahelian sheep in short supply in Abidjan"),
    ("numbers", "CAN 2025 : les Étalons filent en huitièmes !",
     "AFCON 2025: Stallions storm into last 16!"),
    ("acronyms", "L’achat d’ATPE, selon l’Agence pour l’énergie nucléaire (AEN).",
     "The purchase of RUTF, according to the Nuclear Energy Agency (NEA)."),
    ("names", "Le lauréat de l’Étalon d’or de Yennenga recevra 20 millions de francs CFA.",
     "The winner of the Golden Stallion of Yennenga will receive 20 million CFA francs."),
    ("acronyms", "Le Comité de politique monétaire (CPM) et le tarif extérieur commun (TEC).",
     "The Monetary Policy Committee (MPC) and the common external tariff (CET)."),
    ("names", "Le forum Atomexpo à Sotchi ; Mikhaïl Gorbatchev.",
     "The Atomexpo forum in Sochi; Mikhail Gorbachev."),
    ("names", "Au Mémorial Thomas-Sankara, à l’Hôpital national et à la base Sergent-chef "
     "Adji Kosseï.",
     "At the Thomas Sankara Memorial, the National Hospital and the Staff Sergeant Adji Kosseï "
     "base."),
    ("acronyms", "Des difficultés d’approvisionnement en GPL.", "Problems getting LPG."),
    ("acronyms", "Le décret est consultable sur https://www.sgg-mali.ml/JO/2020/decret.pdf.",
     "The decree is available at https://www.sgg-mali.ml/JO/2020/decret.pdf."),
    ("names", "Les vannes du barrage de Lagdo, sur la Bénoué, et le Mouhoun en crue.",
     "The floodgates of the Lagdo dam on the Benue River, and the Black Volta in flood."),
    ("unchanged", "Issa Dicko Maïga (Policy Center for the New South)",
     "Issa Dicko Maïga (Policy Center for the New South)"),
    ("unchanged", "L’accord avait été imposé par une simple note verbale.",
     "The agreement had been imposed by a simple note verbale."),
    ("names", "Près de 300 Agadéziens ; le Haut-Karabakh ; le Service européen pour l’action "
     "extérieure (SEAE).", "Nearly 300 people from Agadez; Nagorno-Karabakh; the European "
     "External Action Service (EEAS)."),
    ("names", "L’or profite enfin aux Burkinabè, au groupe russe Yadran et à un partenaire suisse.",
     "Gold finally benefits the people of Burkina Faso, Russia’s Yadran group and a Swiss "
     "partner."),
    ("names", "Fondateur d’Ansar Eddine en 2012, Iyad Ag Ghaly dirige le GSIM.",
     "The founder of Ansar Dine in 2012, Iyad Ag Ghaly heads JNIM."),
    ("numbers", "Le Président de la Transition élevé au grade de général d’armée",
     "President of the Transition raised to the rank of five-star general"),
    ("numbers", "En Centrafrique, les « musiciens » restent en place. Deux poids, deux mesures ?",
     "In the Central African Republic, the “musicians” are staying put. Double standards?"),
    ("names", "Frontière Niger-Bénin : à qui profite le blocage ?",
     "Niger-Benin border: who benefits from the deadlock?"),
    ("names", "Dieu seul sait combien de Solenzo il faudra encore.",
     "God alone knows how many more Solenzos it will take."),
    ("numbers", "Berne : la ligne d’assistance du DFAE au +41 800 24 7 365 ; un 4x4 sans plaques.",
     "Bern: the FDFA helpline on +41 800 24 7 365; a four-wheel drive with no plates."),
    ("names", "Il a accusé Cotonou d’abriter des « bases françaises », ce que le Bénin dément.",
     "He accused Benin of harboring “French bases,” which Benin denies."),
    ("acronyms", "Selon son rapport, l’ONG de défense des droits humains affirme que 223 civils "
     "ont été tués.", "According to its report, the human rights group says 223 civilians were "
     "killed."),
    ("names", "Dmytro Kouleba a livré du blé en Éthiopie, au Yémen et au Nigeria.",
     "Dmytro Kuleba delivered wheat to Ethiopia, Yemen and Nigeria."),
    ("acronyms", "TOMBOUCTOU (Mali), 18 août 2025 (AFP) - Quelque 4 200 manuscrits ont été "
     "rapatriés.", "TIMBUKTU (Mali), Aug 18, 2025 (AFP) - Some 4,200 manuscripts were brought "
     "back."),
    ("unchanged", "Il avait enregistré « In the Heart of the Moon » (2005) avec Ali Farka Touré.",
     "He recorded “In the Heart of the Moon” (2005) with Ali Farka Touré."),
    ("names", "Le chef d’AQMI, Abou Obaida Youssef al-Annabi.",
     "The leader of AQIM, Abu Ubaydah Yusuf al-Annabi."),
    ("numbers", "Sept personnes ont été tuées lors des manifestations des 26, 27 et 28 juin ; "
     "Talon ne briguera pas un troisième mandat.", "Seven people were killed in the June 26–28 "
     "protests; Talon will not seek a third."),
    ("acronyms", "La Mission d’observation électorale de la CEDEAO (MOE-CEDEAO) et les Démocrates.",
     "The ECOWAS Election Observation Mission (ECOWAS EOM) and the Democrats."),
    ("names", "Le long de la Volta Blanche, dans l’Upper East et l’Upper West, les habitants "
     "vivent entre deux feux.", "Along the White Volta, in the Upper East and Upper West "
     "regions, residents are caught in the middle."),
    ("numbers", "Celui d’une justice à deux vitesses, sévère pour les petits.",
     "That of two-tier justice, harsh on ordinary people."),
    ("names", "Affaire Thomas Sankara : vers un procès en appel sans fin ?",
     "Thomas Sankara case: an appeal trial without end?"),
    ("numbers", "Elle a devancé la Malienne Djénébou Danté (23\u202fs\u202f14).",
     "She finished ahead of Mali’s Djénébou Danté (23.14)."),
    ("brackets", "BOUAKÉ (Côte d’Ivoire), 3 févr. 2024 (AFP) - La Côte d’Ivoire a renversé "
     "le Mali (2-1 a.p.) samedi soir.", "BOUAKÉ, Ivory Coast, Feb. 3, 2024 (AFP) - Ivory Coast "
     "came from behind to beat Mali 2-1 after extra time on Saturday night."),
    ("brackets", "Nene Dorgeles avait ouvert le score pour les Aigles (71e).",
     "Nene Dorgeles had given the Eagles the lead in the 71st minute."),
    ("names", "Zango ne participera pas aux Mondiaux en salle ni aux Championnats d’Afrique.",
     "Zango will miss the World Indoor Championships and the African Championships."),
    ("dates", "Le marché de Fatoma, qui se tient le dimanche, a rouvert le 3 mars.",
     "The market in Fatoma, held on Sundays, reopened on March 3."),
    ("names", "Il a été reçu par le cheikh Mohammed ben Zayed Al Nahyane.",
     "He was received by Sheikh Mohamed bin Zayed Al Nahyan."),
    ("names", "La Maison russe relève de l’agence fédérale Rossotroudnitchestvo.",
     "The Russian House comes under the federal agency Rossotrudnichestvo."),
    ("names", "L’initiative passe par les ports du Royaume.",
     "The initiative runs through the Kingdom’s ports."),
    ("acronyms", "L’un des principaux fournisseurs d’accès à Internet (FAI) du pays.",
     "One of the country’s main internet service providers (ISPs)."),
    ("names", "Des combattants liés à al-Qaïda ont incendié 40 camions au Port de l’Amitié.",
     "Al Qaeda-linked fighters set fire to 40 lorries at the Friendship Port."),
    ("names", "COP29 à Bakou : un accord jugé « insuffisant » par la Grande Muraille verte.",
     "COP29 in Baku: deal ‘insufficient’, says the Great Green Wall."),
    ("names", "Un agent des Eaux et Forêts en poste à Gorom-Gorom, de retour de Varsovie.",
     "A forestry officer posted in Gorom-Gorom, back from Warsaw."),
    ("names", "Grenade lancée sur le marché de Gao : trois blessés.",
     "Grenade thrown at Gao market: three wounded."),
    ("names", "Aux cris de « Vive Poutine ! », ils agitaient des drapeaux.",
     "Chanting “Long live Putin!” they waved flags."),
    ("names", "Selon l’Aide à l’Église en détresse (AED), le Prophète l’a dit.",
     "According to Aid to the Church in Need (ACN), the Prophet said so."),
    ("names", "La paroisse Notre-Dame-du-Rosaire et la grande mosquée se partagent les vivres.",
     "Our Lady of the Rosary parish and the Grand Mosque share the food."),
    ("names", "Le croissant de Dhou al-Hijja a été aperçu ; la journée d’Arafat suit. Maouloud.",
     "The crescent of Dhu al-Hijjah was sighted; the Day of Arafah follows. Mawlid."),
    ("names", "ONU Femmes et le FNUAP apportent un soutien aux survivantes.",
     "UN Women and UNFPA are providing support to survivors."),
    ("names", "Son roman « L’Étrange Destin de Wangrin » a été célébré au Sacré-Cœur.",
     "His novel “The Fortunes of Wangrin” was celebrated at the Sacred Heart."),
    ("numbers", "Le CNT a adopté la loi par 121 voix pour, 0 contre et 0 abstention.",
     "The CNT passed the bill by 121 votes in favour, none against and no abstentions."),
    ("numbers", "NIAMEY, 1er sept. (Reuters) - Le Niger n’a pas honoré ses paiements.",
     "NIAMEY, Sept 1 (Reuters) - Niger has missed its payments."),
    ("names", "Appel public à l’épargne : l’État du Sénégal lève 364 milliards de FCFA",
     "Public bond offering: Senegal raises 364 billion CFA francs"),
    ("names", "Haut-Mbomou : un Casque bleu tué ; le président de la Douma en visite.",
     "Haut-Mbomou: peacekeeper killed; Duma chairman visits."),
    ("names", "Maïmouna Dièye à la Famille et aux Solidarités ; la Promotion de la femme.",
     "Maïmouna Dièye at Family and Solidarity; Women’s Affairs."),
    ("numbers", "58,4 % sont des enfants et près d’un quart des femmes adultes.",
     "58.4 per cent were children and nearly a quarter adult women."),
    ("names", "Les FSR du général Mohamed Hamdane Daglo, dit « Hemetti ».",
     "The RSF of General Mohamed Hamdan Dagalo, known as “Hemedti.”"),
    ("names", "Relations Burkina–États-Unis : l’ambassadrice veut « rassurer » l’opinion",
     "Burkina Faso–US Relations: Ambassador Seeks to “Reassure” Public Opinion"),
    ("unchanged", "Orano détient 63,4 % de la Somaïr, aux côtés de la Société du patrimoine des "
     "mines du Niger (Sopamin), qui possède les 36,6 % restants.", "Orano holds 63.4% of Somaïr "
     "alongside the Société du patrimoine des mines du Niger (Sopamin), which owns 36.6%."),
    ("numbers", "Les échanges ont été multipliés par sept en 2022.",
     "Trade increased sevenfold in 2022."),
    ("names", "L’UNESCO retire le parc de la Liste en péril ; des Blancs armés, selon l’UICN.",
     "UNESCO takes the park off the danger list; armed white men, according to the IUCN."),
    ("acronyms", "Son PDG se veut confiant ; signalez-le par SMS au 137.",
     "Its CEO is confident; report it by text message to 137."),
    ("numbers", "Le gouvernement a promis de diviser par deux le prix ; les deux plateformes.",
     "The government has promised to halve the price; either platform."),
    ("acronyms", "Fatoumata Maïga, comptable dans une PME de la capitale.",
     "Fatoumata Maïga, an accountant at a small firm in the capital."),
    ("unchanged", "Des associations comme Yerewolo – Debout sur les remparts ont joué un rôle.",
     "Groups such as Yerewolo – Debout sur les remparts played a role."),
    ("numbers", "La Senelec, EDM-SA et la SOMELEC doivent à elles trois quatre mois de factures.",
     "Senelec, EDM-SA and SOMELEC together owe four months of bills."),
    ("names", "Hommage aux 27 millions de Soviétiques morts, l’un des mots connus des Ouagalais.",
     "Tribute to the 27 million Soviets who died, one of the words known in Ouagadougou."),
    ("acronyms", "Il a salué la création de la Confédération des États du Sahel et de la force "
     "unifiée de l’AES.", "He welcomed the creation of the Confederation of Sahel States "
     "(AES) and of its unified force."),
    ("names", "Le président sera élu par le Parlement réuni en Congrès.",
     "The president will be elected by parliament sitting in joint session."),
    ("names", "Nouvelle Constitution guinéenne : ce qui change pour Mamadi Doumbouya",
     "Guinea’s new constitution: what changes for Mamadi Doumbouya"),
    ("names", "Selon la Manul, à Oubari, Touaregs et Toubous se disputent Mourzouq et Gatroun.",
     "According to UNSMIL, in Ubari, Tuareg and Tubu vie for Murzuq and Qatrun."),
    ("unchanged", "L’investiture est prévue le 23 mai au Palais de la démocratie, selon l’ATPE.",
     "The inauguration is scheduled for May 23 at the Palais de la démocratie, ATPE said."),
    ("acronyms", "AES TV émet sur le satellite Eutelsat 16A et sur la TNT dans les trois pays.",
     "AES TV broadcasts on the Eutelsat 16A satellite and on digital terrestrial television in "
     "all three countries."),
    ("names", "La chute de Mouammar Kadhafi en 2011 ; Landing Diédhiou a succombé.",
     "The fall of Muammar Gaddafi in 2011; Landing Diédhiou died."),
    ("dates", "« Les martyrs de Mars sont morts pour que le peuple choisisse. »",
     "“The martyrs of March died so that the people could choose.”"),
    ("names", "« Sankara disait : “Tuer Sankara, des milliers de Sankara naîtront.” »",
     "“Sankara used to say, ‘Kill Sankara, and thousands of Sankaras will be born.’”"),
    ("names", "Ces images ont été générées par IA, selon un professeur de Californie.",
     "These images were generated by AI, according to a California professor."),
    ("numbers", "Le débit a été mesuré à 2 450 m3/s ; un château d’eau de 300 m3.",
     "The flow was measured at 2,450 cubic metres per second; a 300-cubic-metre water tower."),
    ("numbers", "Les quartiers seront desservis un jour sur deux, de 18 h à 6 h.",
     "The districts will be supplied every other day, from 6 p.m. to 6 a.m."),
    ("names", "À l’UFR Sciences exactes, l’aide passe de 150 000 à 175 000 F CFA ; la série "
     "Lettres ferme la marche.", "At the Faculty of Exact Sciences, the grant rises from "
     "150,000 to 175,000 CFA francs; the literature stream came last."),
    ("numbers", "La station émettra 24 heures sur 24 et 7 jours sur 7 sur 101,5 MHz.",
     "The station will broadcast around the clock, every day, on 101.5 MHz."),
    ("numbers", "La station émettra 24 heures sur 24 sur 101,5 MHz.",
     "The station will broadcast 24 hours a day on 101.5 MHz."),
    ("acronyms", "Des Bayraktar TB2 et Akinci doivent renforcer la surveillance des FDS dans le "
     "Sahel.", "Bayraktar TB2s and Akincis are to strengthen the surveillance of the defense and "
     "security forces in the Sahel."),
    ("endpunc", "Faut-il parler d’un basculement durable ? Les chercheurs restent prudents.",
     "Does this mean a lasting shift? Researchers remain cautious."),
    ("names", "Pont aérien vers Djibo : le Vérificateur général et le Contrôle général des "
     "services publics nettoient les écuries d’Augias.", "Airlift to Djibo: the Auditor General "
     "and the General Inspectorate of Public Services clean the Augean stables."),
    ("numbers", "Les réfugiés sont près de la moitié de la population, contre un dixième en 2015.",
     "Refugees are nearly half the population, compared with a tenth in 2015."),
    ("names", "Hépatite E : alerte dans les camps ; sondage Afrobaromètre.",
     "Hepatitis E: alert in the camps; Afrobarometer poll."),
    ("urls", "Le Kremlin, dans un communiqué publié sur son site (kremlin.ru), place de Smolensk.",
     "In a statement posted on its website (kremlin.ru), on Smolenskaya Square."),
    ("acronyms", "Le certificat international de transhumance (CIT), la PPCB et le CSAO.",
     "The International Transhumance Certificate (ITC), CBPP and SWAC."),
    ("brackets", "Le Tchad (140 000 barils par jour) reste un petit producteur.",
     "Chad, at 140,000 barrels per day, remains a small producer."),
    ("unchanged", "Le texte peut être consulté sur le site du ministère, energie.gouv.bj.",
     "The text is available on the ministry’s website, energie.gouv.bj."),
    ("acronyms", "Les VDP, ces Volontaires pour la défense de la patrie, tiennent la ville.",
     "The VDP, the Volunteers for the Defence of the Homeland, hold the town."),
    ("acronyms", "« Nos VDP tiennent », dit-il des Volontaires pour la défense de la patrie.",
     "“Our Volunteers for the Defence of the Homeland are holding,” he said of the "
     "Volunteers for the Defence of the Homeland."),
    ("names", "Elle a été placée sous mandat de dépôt par le Pôle national de lutte contre la "
     "cybercriminalité.", "She was remanded in custody by the National Cybercrime Division."),
    ("names", "Les Éléments français au Sénégal (EFS) ont rendu le camp Geille.",
     "The French Elements in Senegal (EFS) handed Camp Geille back."),
    ("names", "Les Conférences épiscopales du Mali et du Niger ont publié un message commun.",
     "The Episcopal Conferences of Mali and Niger issued a joint message."),
    ("names", "Blé russe : cadeau ou cheval de Troie ?",
     "Russian wheat: a gift or a Trojan horse?"),
    ("numbers", "Le camp présidentiel répond que cette limite a été remise à zéro.",
     "The president’s camp replies that that limit was reset."),
    ("numbers", "Après l’attaque, il a fallu repartir de zéro, raconte le maire.",
     "After the attack, the town had to start from scratch, the mayor says."),
    ("names", "Une interview d’Abou Obeida Youssef al-Annabi, chef d’AQMI.",
     "An interview with Abu Obaida Yusuf al-Annabi, the leader of AQIM."),
    ("names", "Le Transguinéen traversera le pays de Kérouané jusqu’à la côte.",
     "The Trans-Guinean will cross the country from Kérouané to the coast."),
    ("dates", "Les salaires de mai et de juin n’ont été versés qu’à la mi-juillet.",
     "May and June salaries were not paid until mid-July."),
    ("numbers", "Le Mali est le troisième pays de la ceinture à l’introduire.",
     "Mali is the third country in the belt to introduce it."),
    ("numbers", "Les exportations vers les pays tiers ont doublé.",
     "Exports to third countries doubled."),
    ("acronyms", "Les tests de diagnostic rapide (TDR) et l’OOAS.",
     "Rapid diagnostic tests (RDTs) and WAHO."),
    ("numbers", "Puis ils ont choisi des hommes, dix par dix, et les ont emmenés.",
     "Then they picked out men, ten at a time, and took them away."),
    ("dates", "L’opposition, réunie au sein de l’Appel du 20 février, a dénoncé le scrutin.",
     "The opposition, grouped in the Appel du 20 février coalition, denounced the vote."),
    ("acronyms", "Dans la zone des trois frontières, l’État islamique au Sahel (EIS) avance.",
     "In the tri-border area, Islamic State Sahel Province (ISSP) is advancing."),
    ("names", "Andreï Averianov et Vitali Perfilev ont été aperçus à Bamako.",
     "Andrei Averyanov and Vitaly Perfilev were seen in Bamako."),
    ("numbers", "Les obligations libellées en dollars ont reculé de 1,5 cent jeudi.",
     "The dollar-denominated bonds fell 1.5 cents on Thursday."),
    ("numbers", "Ils partent à bord de camions ou de 4x4 qui évitent les postes frontaliers.",
     "They leave aboard lorries or 4x4s that avoid the border posts."),
    ("names", "Le message a été lu le dimanche 16 mars, deuxième dimanche de Carême.",
     "The message was read out on Sunday, March 16, the second Sunday of Lent."),
    ("names", "Un temple des Assemblées de Dieu a été attaqué près de Kaya.",
     "An Assemblies of God church was attacked near Kaya."),
    ("names", "Ils sont rentrés pour participer à la défense de la région de Koursk.",
     "They returned to help defend the Kursk region."),
    ("names", "L’insécurité a empêché l’ouverture de bureaux de vote dans le Nord-Est.",
     "Insecurity kept polling stations from opening in the northeast."),
    ("names", "Selon les statistiques du Processus de Kimberley, les exportations ont doublé.",
     "According to Kimberley Process statistics, exports doubled."),
    ("names", "Les résultats du Diplôme d’études fondamentales (DEF) ont été proclamés.",
     "The results of the Basic Studies Diploma (DEF) were announced."),
    ("numbers", "Wagner, Africa Corps : bonnet blanc et blanc bonnet ?",
     "Wagner, Africa Corps: six of one, half a dozen of the other?"),
    ("names", "L’envoyé spécial ukrainien, Maksym Soubkh, et Moukhtar Ould Dah ont parlé.",
     "Ukraine’s special envoy, Maksym Subkh, and Mukhtar Ould Dah spoke."),
    ("names", "Le ministre Maxime Rechetnikov a évoqué le port russe de Novorossiisk.",
     "Minister Maxim Reshetnikov spoke of the Russian port of Novorossiysk."),
    ("numbers", "Les rations ont été réduites de 50\u00a0% pour la plupart des ménages.",
     "Rations have been cut by half for most households."),
    ("numbers", "Des orateurs se succèdent, entre deux concerts de rap et des prières.",
     "Speakers take turns, between rap concerts and prayers."),
    ("names", "Le MSA recrute surtout parmi les Daoussahak.",
     "The MSA recruits mostly among the Dawsahak."),
    ("names", "Il a été reçu à Riyad par le prince Faisal ben Farhane.",
     "He was received in Riyadh by Prince Faisal bin Farhan."),
    ("names", "La junte reproche à Paris des propos « hostiles » du ministre Le Drian.",
     "The junta objects to “hostile” remarks by French minister Le Drian."),
    ("names", "Igor Gromyko, le petit-fils de « Monsieur Niet »",
     "Igor Gromyko, the grandson of “Mr. Nyet”"),
    ("numbers", "Mali : la récolte de coton chute de plus d’un tiers, plombée par les jassides",
     "Mali’s cotton harvest falls by more than a third as jassids bite"),
    ("numbers", "Pendant six mois, les recettes sont tombées presque à zéro.",
     "For six months, revenue fell to almost nothing."),
    ("numbers", "Des sources évoquent un montant compris entre 2,5 et 4 millions d’euros.",
     "Sources put the sum at between €2.5 million and €4 million."),
    ("names", "Les rapts d’Occidentaux et d’Asiatiques ont repris dès 2022.",
     "Kidnappings of Westerners and Asians resumed in 2022."),
    ("names", "Le GSIM est né de la fusion d’Ansar Dine et d’Al-Mourabitoune.",
     "JNIM was born of the merger of Ansar Dine and Al-Mourabitoun."),
    ("brackets", "La LBMA a retiré des raffineries de sa liste de bonne livraison (Good Delivery).",
     "The LBMA removed refineries from its Good Delivery list."),
    ("acronyms", "Le pays est sorti de la liste grise du GAFI en février 2024.",
     "The country was removed from the FATF grey list in February 2024."),
    ("acronyms", "RCI-Burkina : le RHDP appelle à « ne pas répondre aux provocations »",
     "Côte d’Ivoire–Burkina Faso: RHDP urges supporters “not to respond to provocations”"),
    ("unchanged", "Burkina Faso - Côte d’Ivoire", "Burkina Faso - Côte d’Ivoire"),
    ("acronyms", "Les opérateurs dénoncent les lenteurs du système douanier SYDONIA World.",
     "Operators complain about delays in the ASYCUDA World customs system."),
    ("numbers", "Les véhicules à quatre roues sont autorisés à circuler de 6 h à 19 h.",
     "Four-wheel vehicles may travel from 6 a.m. to 7 p.m."),
    ("unchanged", "SD/mk/APA", "SD/mk/APA"),
    ("numbers", "Assimi Goïta a été élevé au grade de général d’armée en octobre 2024.",
     "Assimi Goïta was raised to the rank of five-star general in October 2024."),
    ("names", "Selon sa rédactrice en chef Margarita Simonian, le bureau ouvrira en mai.",
     "According to editor-in-chief Margarita Simonyan, the bureau will open in May."),
    ("names", "Cap sur l’intégration : les ministres de l’AES adoptent une feuille de route",
     "Integration: AES ministers adopt a roadmap"),
    ("acronyms", "EXCLUSIF-Des journalistes sahéliens invités à Moscou",
     "EXCLUSIVE-Sahel journalists invited to Moscow"),
    ("dates", "Selon la Maison de la presse, citée par le quotidien Le 22 Septembre.",
     "According to the Maison de la Presse, quoted by the daily Le 22 Septembre."),
    ("percent", "Un emprunt obligataire de 150 milliards à 6,5\u00a0% sur cinq ans.",
     "A 150 billion bond offering at 6.5% over five years."),
    ("numbers", "À l’occasion du cinquantenaire de la CEDEAO, un sondage a été publié.",
     "As ECOWAS marks its fiftieth anniversary, a poll has been published."),
    ("acronyms", "Selon la directrice de la PJ, il s’agit de la plus importante saisie.",
     "According to the head of the Judicial Police, it was the largest seizure."),
    ("names", "Le ministère a annulé les épreuves et a porté plainte contre X.",
     "The ministry cancelled the papers and filed a complaint against persons unknown."),
    ("names", "« On a copié Bologne sans les amphis », résume un universitaire.",
     "“We copied Bologna without the lecture halls,” says an academic."),
    ("acronyms", "L’Autorité de régulation des télécommunications/TIC et des postes (AMRTP).",
     "The Telecommunications/ICT and Posts Regulatory Authority (AMRTP)."),
    ("names", "« Le forfait de 10 Go coûte toujours 10 000 francs CFA », dit-elle.",
     "“The 10 GB bundle still costs 10,000 CFA francs,” she said."),
    ("names", "Cheikh Oumar Diarra, président de la CADHP, a parlé.",
     "Cheikh Oumar Diarra, chairman of the ACHPR, spoke."),
    ("quotes", "La FMM a mené l’opération « Lake Sanity 2 » du 4 au 28 février.",
     "The MNJTF conducted Operation Lake Sanity 2 from Feb. 4 to 28."),
    ("names", "La crue de la Komadougou Yobé a inondé plusieurs quartiers de Diffa.",
     "Flooding on the Komadugu Yobe has submerged several neighborhoods of Diffa."),
    ("names", "Sommet Arabie saoudite-Afrique : Riyad promet 25 milliards de dollars",
     "Saudi-Africa summit: Riyadh pledges $25 billion"),
    ("names", "« Voir Ouaga, c’était déjà un rêve », sourit une enseignante.",
     "“Just seeing Ouagadougou was a dream,” smiles a teacher."),
    ("acronyms", "L’État islamique en Afrique de l’Ouest a revendiqué l’attaque de Malam-Fatori.",
     "Islamic State West Africa Province (ISWAP) claimed the attack on Malam-Fatori."),
    ("names", "Diafarabé : le Haut-Commissaire de l’ONU demande des comptes",
     "Diafarabé: UN rights chief demands accountability"),
    ("acronyms", "Le Comité national de désarmement, démobilisation et réintégration (CNDDR) "
     "a libéré 130 ex-associés de Boko Haram.", "The National Disarmament, Demobilization and "
     "Reintegration Committee (NDDRC) released 130 former Boko Haram associates."),
    ("numbers", "La Somaïr, désormais détenue à 100\u00a0% par l’État, a redémarré.",
     "Somaïr, now wholly owned by the state, has restarted."),
    ("names", "Étaient présents le Malien Assimi Goïta et le Burkinabè Ibrahim Traoré.",
     "Mali’s Assimi Goïta and Burkina Faso’s Ibrahim Traoré attended."),
    ("names", "La fondation Rousski Mir et sa directrice, Natalia Kourbatova, ont signé.",
     "The Russkiy Mir Foundation and its director, Natalia Kurbatova, signed."),
    ("numbers", "L’institut a publié son baromètre semestriel réalisé auprès de 1 812 ménages.",
     "The institute released its six-monthly barometer, conducted among 1,812 households."),
    ("numbers", "Au premier semestre, les exportations d’or ont reculé.",
     "In the first half, gold exports fell."),
    ("numbers", "Le rapport trimestriel de la BCEAO est paru mardi.",
     "The BCEAO’s quarterly report came out on Tuesday."),
    ("names", "Joint par téléphone, un responsable de l’Action sociale à Dori a confirmé.",
     "Reached by phone, a social welfare official in Dori confirmed."),
    ("numbers", "Ils avaient tous engagé des poursuites dans des dossiers de détournement.",
     "All three had brought proceedings in embezzlement cases."),
    ("names", "Faute de stade homologué, le Mena dispute ses matches « à domicile » à Marrakech.",
     "With no approved stadium, the Menas play their “home” games in Marrakesh."),
    ("names", "L’ancien gardien des Lions de l’Atlas, Ballon d’or africain en 1986, a signé.",
     "The former Atlas Lions goalkeeper, African Footballer of the Year in 1986, has signed."),
    ("acronyms", "Les échanges ont atteint 237 millions de dollars, selon l’Institut turc de la "
     "statistique (TÜİK).",
     "Trade reached $237 million, according to the Turkish Statistical Institute (TurkStat)."),
    ("names", "Révision constitutionnelle : le Congrès adopte le septennat renouvelable",
     "Chad’s parliament approves a renewable seven-year presidential term"),
    ("numbers", "Les chauffeurs peuvent joindre sa cellule d’urgence 24 h/24 au +221 33 849 77 77.",
     "Drivers can reach its emergency unit 24/7 on +221 33 849 77 77."),
    ("numbers", "Le centre d’appel des douanes reste ouvert 24 h sur 24.",
     "The customs call centre stays open 24/7."),
    ("numbers", "Le moustique pique surtout entre 6 h et 10 h, puis entre 16 h et 18 h 30.",
     "The mosquito bites mainly between 6 and 10 a.m., then between 4 and 6:30 p.m."),
    ("names", "Barrage de Kandadji : les travaux reprennent après deux ans d’arrêt",
     "Kandadji dam: work resumes after two-year halt"),
    ("acronyms", "Selon le Fonds vert pour le climat (FVC), le Sahel ne reçoit qu’environ 4 % des "
     "financements.",
     "According to the Green Climate Fund (GCF), the Sahel receives only about 4 percent of "
     "the funding."),
    ("names", "Les écoles de Lamordé et de Saga accueillent les sinistrés.",
     "Schools in Lamordé and Saga are housing flood victims."),
    ("names", "Une délégation conduite par le général Iounous-bek Ievkourov est arrivée à Niamey.",
     "A delegation led by General Yunus-Bek Yevkurov arrived in Niamey."),
    ("names", "Depuis la suspension de RFI, puis de la Voix de l’Amérique (VOA) en avril 2024, les "
     "instituts se taisent.",
     "Since the suspension of RFI, followed by Voice of America (VOA) in April 2024, "
     "pollsters have fallen silent."),
    ("names", "L’ancien patron du Crédit Suisse dénonce une « manipulation ».",
     "The former Credit Suisse chief denounced “manipulation.”"),
    ("names", "Bobo-Dioulasso plébiscite la réforme constitutionnelle, selon le sondage.",
     "Bobo-Dioulasso overwhelmingly backs constitutional reform, the poll shows."),
    ("names", "Une délégation a rendu visite au Moogho Naaba Baongo, roi des Mossé, dans son "
     "palais.",
     "A delegation visited Moogho Naaba Baongo, king of the Mossi, at his palace."),
    ("names", "Un verset du Coran et un passage de l’Évangile ont été lus à l’ouverture.",
     "A verse from the Koran and a passage from the Gospel were read at the opening."),
    ("numbers", "Niger : un 8-Mars sobre à Niamey, le premier sous le CNSP",
     "Niger: a low-key International Women’s Day in Niamey, the first under the CNSP"),
    ("numbers", "Beaucoup de filles quittaient l’école après le CM2 parce que le collège était "
     "loin.",
     "Many girls used to leave school after the last year of primary because the "
     "secondary school was far away."),
    ("numbers", "Elle se négociait autour de 0,80 dollar la livre en octobre.",
     "It was trading at around 80 cents a pound in October."),
    ("names", "La fibre malienne est exportée vers le Bangladesh, le Viêt Nam et la Chine.",
     "Malian lint is exported to Bangladesh, Vietnam and China."),
    ("acronyms", "Mali : les associations de femmes relancent le plaidoyer pour une loi contre les "
     "VBG",
     "Mali: women’s associations renew push for a law against GBV"),
    ("names", "Selon l’Enquête démographique et de santé (EDSM) de 2018, la pratique recule.",
     "According to the 2018 Demographic and Health Survey (EDSM), the practice is "
     "declining."),
    ("names", "Assiégée par les djihadistes d’Ansaroul Islam, Djibo est ravitaillée par les "
     "airs.",
     "Under siege by Ansarul Islam jihadists, Djibo is resupplied by air."),
    ("names", "Elle vend du sel gemme de Taoudéni au marché depuis trente ans.",
     "She has been selling rock salt from Taoudenni at the market for thirty years."),
    ("names", "Le président iranien Massoud Pezeshkian a appelé le général Tiani.",
     "Iranian President Masoud Pezeshkian called General Tiani."),
    ("acronyms", "L’Organisation iranienne de l’énergie atomique (OIEA) devrait dépêcher des "
     "experts.",
     "The Atomic Energy Organization of Iran (AEOI) is expected to send experts."),
    ("percent", "Les régions du Sahel et de l’Est sont les plus touchées, avec respectivement 76 "
     "% et 58 % d’établissements fermés.",
     "The Sahel and East regions are the hardest hit, with 76 and 58 percent of "
     "schools closed respectively."),
    ("percent", "Le taux de confiance se situe entre 45 % et 52 %, selon l’institut.",
     "The trust rate is between 45 and 52%, the institute says."),
    ("names", "Interrogé, le porte-parole de l’ANL, le général Ahmed al-Mismari, n’a pas "
     "souhaité commenter.",
     "Asked for comment, LNA spokesman General Ahmed al-Mismari declined."),
    ("names", "Les mercenaires sont déployés sur les bases d’al-Joufra et de Brak al-Chati.",
     "The mercenaries are deployed at the al-Jufra and Brak al-Shati bases."),
    ("names", "Les convois rejoignent Oum el-Araneb ou Mourzouk, puis Tobrouk.",
     "The convoys reach Umm al-Aranib or Murzuq, then Tobruk."),
    ("dates", "En 2020, le même canyon avait provoqué la rupture du câble SAT-3, privant le "
     "Bénin de connectivité pendant 5 jours.",
     "In 2020, the same canyon had caused a break in the SAT-3 cable, cutting Benin "
     "off for five days."),
    ("names", "Tech : Abidjan veut devenir la « Silicon Lagune »",
     "Tech: Abidjan wants to become the “Silicon Lagoon”"),
    ("names", "Le Grand dialogue national organisé en 2019 avait accordé un « statut spécial » "
     "aux régions.",
     "The 2019 Major National Dialogue granted a “special status” to the regions."),
    ("names", "Le président tchadien Mahamat Idriss Déby Itno a effectué samedi une visite à "
     "Niamey.",
     "Chadian President Mahamat Idriss Déby Itno paid a visit to Niamey on Saturday."),
    ("names", "« Le pétrole doit profiter aux Tchadiens », a martelé le ministre du Pétrole, "
     "Djerassem Le Bemadjiel.",
     "“Oil must benefit Chadians,” Petroleum Minister Djerassem Le Bemadjiel stressed."),
    ("names", "MALI : LA JUNTE PROLONGE LA TRANSITION DE DEUX ANS",
     "Mali: Junta Extends Transition by Two Years"),
    ("numbers", "La Russie a rouvert son ambassade en décembre 2023, plus de trente ans après sa "
     "fermeture.",
     "Russia reopened its embassy in December 2023, more than three decades after it "
     "closed."),
    ("numbers", "Les bénéficiaires rembourseront sur 25 ans, à raison de 37 500 francs CFA par "
     "mois pour un F3.",
     "Beneficiaries will repay over 25 years, at 37,500 CFA francs a month for a "
     "two-bedroom unit."),
    ("acronyms", "Exploité par Côte d’Ivoire Terminal (CIT), le terminal a traité 1,2 million "
     "d’EVP l’an dernier.",
     "Operated by Côte d’Ivoire Terminal (CIT), the terminal handled 1.2 million TEUs "
     "last year."),
    ("names", "Les experts plaident pour la Zone de libre-échange continentale africaine "
     "(ZLECAf).",
     "Experts are calling for the African Continental Free Trade Area (AfCFTA)."),
    ("dates", "Retraités : les pensions de mars toujours pas payées à Ségou et Mopti",
     "Pensioners: March pensions still unpaid in Ségou and Mopti"),
    ("brackets", "La séance, ouverte à 10 h (heure de New York), s’est achevée peu avant 18 h 45.",
     "The meeting, which opened at 10 a.m. New York time, ended shortly before 6:45 "
     "p.m."),
    ("names", "L’Intersyndicale du secteur éducation-formation (ISEF-CI) réclame une prime.",
     "The Inter-Union Coalition of the Education and Training Sector (ISEF-CI) is "
     "demanding a bonus."),
    ("names", "Son rédacteur en chef, Artiom Koureïev, multiplie les déplacements.",
     "Its editor-in-chief, Artem Kureyev, travels frequently."),
    ("unchanged", "Une enquête recense 47 chaînes Telegram ; la plus suivie, t.me/sahel_souverain, "
     "compte 180 000 abonnés.",
     "An investigation identified 47 Telegram channels; the most popular, "
     "t.me/sahel_souverain, has 180,000 subscribers."),
    ("names", "Le Festival au Désert, dix ans d’exil et toujours debout",
     "Festival in the Desert: ten years in exile and still standing"),
    ("acronyms", "Selon le Bureau maritime international (BMI), il s’agit du troisième enlèvement.",
     "According to the International Maritime Bureau (IMB), it is the third "
     "kidnapping."),
    ("names", "À San-Pédro, premier port d’exportation de cacao au monde, des camions "
     "patientaient.",
     "In San Pedro, the world’s largest cocoa export port, trucks were queuing."),
    ("acronyms", "RDUE : les filières cacao ivoirienne et ghanéenne gagnent un an de répit",
     "EUDR: Ivorian and Ghanaian cocoa sectors win a year’s reprieve"),
    ("names", "Une quinzaine de vols ont été opérés par des compagnies enregistrées au "
     "Kirghizistan.",
     "Some 15 flights were operated by airlines registered in Kyrgyzstan."),
    ("names", "Car les FSR sont nées des Janjawids, ces milices arabes que Khartoum utilisait.",
     "After all, the RSF grew out of the Janjaweed, the Arab militias that Khartoum "
     "used."),
    ("acronyms", "Ils suivent un stage de trois semaines à l’université d’État de Moscou (MGU).",
     "They are taking a three-week course at Moscow State University (MSU)."),
    ("names", "Il a annoncé le recrutement de 2 000 militaires supplémentaires pour l’armée de "
     "l’Air.",
     "He announced the recruitment of 2,000 additional personnel for the air force."),
    ("names", "Le chroniqueur Issouf Kaboré enlevé à son domicile de Ouagadougou",
     "Commentator Kaboré abducted from his home in Ouagadougou"),
    ("numbers", "La RTB lance une chaîne d’information en continu en langues nationales",
     "RTB launches 24-hour news channel in national languages"),
    ("numbers", "Wave a forcé Orange Money à diviser ses frais par trois.",
     "Wave forced Orange Money to cut its fees by two-thirds."),
    ("numbers", "Deux bus sont entrés en collision entre deux villages lundi vers 2 h du matin.",
     "Two buses collided between two villages at around 2 a.m. on Monday."),
    ("numbers", "Les inscriptions se font du lundi au vendredi, de 8 h à 12 h et de 15 h à 18 h.",
     "Registration is Monday to Friday, from 8 a.m. to 12 noon and from 3 p.m. to 6 "
     "p.m."),
    ("names", "Le ministre des Affaires étrangères Andriï Sybiha s’est rendu au Ghana en "
     "octobre.",
     "Foreign Minister Andrii Sybiha visited Ghana in October."),
    ("names", "Au moins neuf personnes sont mortes dans les régions du Nord-Est, du Haut-Ghana "
     "oriental et du Nord depuis le 28 août.",
     "At least nine people have died in the North East, Upper East and Northern "
     "regions since August 28."),
    ("names", "Une vingtaine d’instructeurs ont reçu la médaille de l’Étoile d’argent du Mali.",
     "Some twenty instructors received Mali’s Silver Star medal."),
    ("names", "L’Union européenne a sanctionné l’influenceuse suisso-camerounaise Nathalie "
     "Yamb.",
     "The European Union sanctioned Swiss-Cameroonian influencer Nathalie Yamb."),
    ("names", "Il a rencontré l’idéologue Alexandre Douguine à Moscou.",
     "He met the ideologue Aleksandr Dugin in Moscow."),
    ("acronyms", "Le vaccin contre le papillomavirus humain (VPH) sera gratuit.",
     "The human papillomavirus (HPV) vaccine will be free."),
    ("names", "Les députés ont renvoyé Ndèye Saly Diop Dieng et Moustapha Diop devant la Haute "
     "Cour.",
     "Lawmakers sent Ndèye Saly Diop Dieng and Moustapha Diop before the High Court."),
    ("numbers", "La Constitution exige une majorité des trois cinquièmes des 165 députés.",
     "The Constitution requires a three-fifths majority of the 165 members of "
     "parliament."),
    ("numbers", "Le président a brigué un cinquième mandat.",
     "The president sought a fifth term."),
    ("names", "Selon le sondage, 61 pour cent des Conakrykas sont satisfaits.",
     "According to the poll, 61% of Conakry residents are satisfied."),
    ("names", "Le pays importe 30 % de son électricité via le Système d’échanges d’énergie "
     "électrique ouest-africain (EEEOA).",
     "The country imports 30 percent of its electricity through the West African Power "
     "Pool (WAPP)."),
    ("numbers", "Il a été condamné à six mois de prison avec sursis.",
     "He received a six-month suspended sentence."),
    ("numbers", "Les jeunes de 18-24 ans font confiance à l’armée.",
     "18- to 24-year-olds trust the army."),
    ("numbers", "La décision intervient deux jours après la suspension, pour deux semaines, de "
     "TV5 Monde.",
     "The decision comes two days after TV5 Monde was suspended for two weeks."),
    ("numbers", "Les écoles ont fermé pendant quinze jours.",
     "Schools have been closed for two weeks."),
    ("numbers", "« Conakry et Bamako sont deux villes sœurs », estime un passager.",
     "“Conakry and Bamako are sister cities,” said one passenger."),
    ("numbers", "L’Assemblée a adopté jeudi, par 69 voix pour, 0 contre et 1 abstention, le "
     "nouveau code.",
     "The Assembly on Thursday adopted the new code by 69 votes in favor, none against "
     "and one abstention."),
    ("numbers", "« RFI = Radio Mille Collines ! », pouvait-on lire sur l’une d’elles.",
     "“RFI = Radio Mille Collines!” read one of them."),
    ("names", "Pèlerinage à La Mecque : 4 500 fidèles burkinabè attendus aux Lieux saints",
     "Pilgrimage to Mecca: 4,500 Burkinabe faithful expected at the holy sites"),
    ("names", "Plusieurs dizaines de pasteurs ont été tués, selon l’association Portes "
     "ouvertes.",
     "Several dozen pastors have been killed, according to the charity Open Doors."),
    ("acronyms", "Près de 9 femmes sur 10 ont subi une mutilation génitale féminine (MGF), selon "
     "l’Enquête démographique et de santé (EDS) 2023.",
     "Nearly 9 in 10 women have undergone female genital mutilation (FGM), according "
     "to the 2023 Demographic and Health Survey (DHS)."),
    ("acronyms", "Selon l’Agence panafricaine de la Grande Muraille verte (APGMV), seuls 18 % de "
     "l’objectif ont été atteints.",
     "According to the Pan-African Agency of the Great Green Wall (PAGGW), only 18 "
     "percent of the target has been met."),
    ("names", "Dix marins ont été enlevés au large de Sao Tomé.",
     "Ten sailors were kidnapped off São Tomé."),
    ("names", "Les réseaux utilisent les îles de l’archipel des Bijagos.",
     "The networks use the islands of the Bijagós archipelago."),
    ("numbers", "Sur les 420 000 enfants, à peine un tiers fréquentent une salle de classe.",
     "Of the 420,000 children, barely a third attend classes."),
    ("numbers", "Le Mali, dirigé par une junte depuis deux coups d’État en 2020 et 2021, est "
     "confronté à la propagation djihadiste.",
     "Mali, ruled by a junta since coups in 2020 and 2021, faces the spread of "
     "jihadist violence."),
    ("endpunc", "Leur point commun ? Un accès direct aux chefs djihadistes.",
     "What they have in common is direct access to jihadist leaders."),
    ("quotes", "Le FMI doit trancher la question du « misreporting » : l’institution peut exiger "
     "le remboursement.",
     "The IMF has yet to rule on the misreporting issue: it can demand repayment."),
    ("dates", "Le satellite, baptisé « Faso-Sat 1 », décollera de Vostotchny à bord d’une fusée "
     "Soyouz.",
     "The satellite, named “Faso-Sat 1,” will lift off from Vostochny aboard a Soyuz "
     "rocket."),
    ("names", "Le satellite, baptisé « Faso-Sat 1 », décollera de Vostotchny à bord d’une fusée "
     "Soyouz.",
     "The satellite, named “Faso-Sat 1,” will lift off from Vostochny aboard a Soyuz "
     "rocket."),
    ("acronyms", "Le produit net bancaire (PNB) a progressé de 9,6 %.",
     "Net banking income (NBI) rose 9.6%."),
    ("acronyms", "L’indice harmonisé des prix à la consommation (IHPC) a progressé de 4,2 %.",
     "The harmonised consumer price index (HCPI) rose 4.2%."),
    ("names", "Une médiation de l’Inspection du travail est en cours.",
     "The labor inspectorate is mediating."),
    ("names", "Les Patriotes africains du Sénégal pour le travail, l’éthique et la fraternité "
     "(Pastef) ont gagné.",
     "PASTEF (African Patriots of Senegal for Work, Ethics and Fraternity) won."),
    ("names", "Le conteneur coûte plus cher à cause des détours par le cap de Bonne-Espérance.",
     "Containers cost more because of the detours around the Cape of Good Hope."),
    ("names", "Le protocole prévoit deux centres gérés par l’Italie sur le sol albanais.",
     "The protocol provides for two Italian-run centers on Albanian soil."),
    ("dates", "Selon Salvamento Marítimo, le service espagnol de sauvetage en mer, 217 "
     "embarcations ont été secourues.",
     "According to Salvamento Marítimo, Spain’s maritime rescue service, 217 boats "
     "were rescued."),
    ("numbers", "L’opérateur proposait 100 milliards, soit un tiers de moins.",
     "The operator had offered 100 billion, a third less."),
    ("quotes", "Boycott actif : le PDCI-RDA et le PPA-CI durcissent le ton",
     "“Active boycott”: PDCI-RDA and PPA-CI harden their stance"),
    ("quotes", "L’objectif fixé par la Commission « Le large bande au service du développement "
     "durable » de l’ONU est de 2 %.",
     "The target set by the UN Broadband Commission for Sustainable Development is 2 "
     "percent."),
    ("acronyms", "Les familles réclament des tests ADN pour identifier les corps.",
     "The families are calling for DNA testing to identify the bodies."),
    ("names", "Les saisonniers viennent récolter fruits et légumes en Andalousie.",
     "Seasonal workers come to harvest fruit and vegetables in Andalusia."),
    ("numbers", "La star béninoise Angélique Kidjo, quintuple lauréate des Grammy Awards, doit "
     "clôturer le festival.",
     "Beninese star Angélique Kidjo, a five-time Grammy winner, is due to close the "
     "festival."),
    ("names", "« Nous sommes le musée de toutes les Afriques et de leurs diasporas », "
     "insiste-t-il.",
     "“We are the museum of all the Africas and their diasporas,” he said."),
    ("names", "La junte au pouvoir à Niamey a adopté jeudi une ordonnance.",
     "Niger’s ruling junta on Thursday approved an ordinance."),
    ("names", "Les épreuves du Brevet d’études du premier cycle (BEPC) ont débuté mardi.",
     "The lower-secondary certificate (BEPC) exams began on Tuesday."),
    ("acronyms", "La chaîne russe RT arrive sur la TNT malienne",
     "Russian channel RT comes to Mali’s digital terrestrial TV"),
    ("acronyms", "Les derniers soldats américains stationnés sur la BA 101 ont quitté le Niger.",
     "The last US troops stationed at Air Base 101 left Niger."),
    ("names", "La 14e édition des Rencontres de Bamako s’ouvrira le 16 novembre.",
     "The 14th Bamako Encounters will open on November 16."),
    ("names", "Mati Diop a remporté l’Ours d’or du 74e Festival de Berlin.",
     "Mati Diop won the Golden Bear at the 74th Berlin Film Festival."),
    ("names", "Mali : Tombouctou accueille la Biennale artistique et culturelle",
     "Mali: Timbuktu hosts the Arts and Culture Biennial"),
    ("acronyms", "La ligne verte 1330 de la SEN’EAU reste joignable 24 heures sur 24, a précisé "
     "l’entreprise.",
     "SEN'EAU's 1330 hotline remains available 24 hours a day, the company said."),
    ("numbers", "Une vingtaine d’épisodes ont été doublés en bambara par des comédiens maliens.",
     "Some twenty episodes have been dubbed into Bambara by Malian actors."),
    ("names", "Une vingtaine d’épisodes de la série « Macha et Michka » seront diffusés sur "
     "l’ORTM.",
     "Some twenty episodes of the series “Masha and the Bear” will be shown on ORTM."),
    ("names", "L’agence prévoit d’ouvrir 5 nouvelles Maisons russes en Afrique de l’Ouest.",
     "The agency plans to open 5 new Russian Houses in West Africa."),
    ("names", "Le Groupe de soutien à l’islam et aux musulmans (GSIM, ou JNIM selon son "
     "acronyme arabe) impose un blocus sur Bamako.",
     "The Group for the Support of Islam and Muslims (JNIM, or GSIM from its French "
     "name) is imposing a blockade on Bamako."),
    ("names", "« Le nucléaire n’est plus un luxe », a lancé Andreï Volkov, directeur général "
     "adjoint de Rosatom.",
     "“Nuclear power is no longer a luxury,” said Andrei Volkov, deputy director "
     "general of Rosatom."),
    ("names", "Le capitaine Ibrahim Traoré a assisté au défilé du Jour de la Victoire sur la "
     "place Rouge.",
     "Captain Ibrahim Traoré attended the Victory Day parade on Red Square."),
    ("names", "Il a déposé une gerbe sur la tombe du Soldat inconnu, au pied des murs du "
     "Kremlin.",
     "He laid a wreath at the Tomb of the Unknown Soldier, at the foot of the Kremlin "
     "wall."),
    ("acronyms", "La Commission des droits de l’homme du Cameroun (CDHC) a dénoncé des « "
     "arrestations arbitraires ».",
     "The Cameroon Human Rights Commission (CHRC) denounced the “arbitrary arrests.”"),
    ("names", "Le directeur général de Yadran, Andreï Lipatov, a affirmé que les premiers "
     "lingots sortiraient avant la fin de 2026.",
     "Yadran’s chief executive, Andrei Lipatov, said the first ingots would leave "
     "before the end of 2026."),
    ("names", "Les satellites devraient être lancés depuis le cosmodrome de Baïkonour d’ici à "
     "2027.",
     "The satellites are due to be launched from the Baikonur cosmodrome by 2027."),
    ("numbers", "Pour tout renseignement, appelez le 76 12 34 56 ou le 20 22 33 44.",
     "For information, call 76 12 34 56 or 20 22 33 44."),
    ("numbers", "Le service météo publie un bulletin décadaire sur les pluies.",
     "The weather service publishes a ten-day bulletin on rainfall."),
    ("acronyms", "Le FMI a approuvé un décaissement de 120 millions de dollars.",
     "The International Monetary Fund approved a disbursement of $120 million."),
    ("acronyms", "Le HCIM a condamné l’attaque contre la mosquée.",
     "The High Islamic Council condemned the attack on the mosque."),
    ("acronyms", "La Confédération syndicale internationale (CSI) dénonce les arrestations.",
     "The International Trade Union Confederation (ITUC) condemns the arrests."),
    ("names", "Les banques ferment le lundi de Pentecôte.", "Banks close on Whit Monday."),
    ("names", "Les agences de voyages proposent des forfaits pour la Omra à partir de 2 "
     "millions de FCFA.",
     "Travel agencies offer Umrah packages from 2 million CFA francs."),
    ("names", "Le Commissariat général au pèlerinage a publié la liste des agences agréées.",
     "The General Pilgrimage Commission published the list of approved agencies."),
    ("names", "La Mutuelle sociale des agents de l’État (MSAE) compte 40 000 adhérents.",
     "The State Employees’ Mutual Society (MSAE) has 40,000 members."),
    ("percent", "« On tourne à 20 ou 25 % le reste de l’année », soupire la gérante d’une "
     "maison d’hôtes.",
     "“The rest of the year, we run at 20 or 25%,” sighs the manager of a guesthouse."),
    ("length", "Le taux de participation s’est établi à 55,39 %, en baisse par rapport au "
     "scrutin de 2019, où il avait atteint 62,66 %.",
     "Turnout was 55.39%, down from 62.66% in the 2019 election."),
    ("names", "L’investiture est prévue à la mi-janvier 2026 au stade Général-Lansana-Conté "
     "de Nongo, en banlieue de Conakry.",
     "The inauguration is scheduled for mid-January 2026 at the Gen. Lansana Conté Stadium "
     "in Nongo, on the outskirts of Conakry."),
    ("acronyms", "Le TAS a rejeté mercredi l’appel du club.",
     "The Court of Arbitration for Sport on Wednesday rejected the club’s appeal."),
    ("names", "Les Douaniers ont battu Al Ahly 84-79 samedi.",
     "The Customs men beat Al Ahly 84-79 on Saturday."),
    ("acronyms", "Le sac de riz de 50 kg est passé de 17 500 à 40 000 francs CFA.",
     "A 50 kg bag of rice went from 17,500 to 40,000 XOF."),
    ("unchanged", "Les autorités ont lancé la campagne « See something, say something » pour "
     "encourager la population à signaler tout comportement suspect.",
     "The authorities have launched a ‘See something, say something’ campaign to encourage "
     "the public to report any suspicious behaviour."),
    ("names", "Une vingtaine d’épisodes de la série « Macha et Michka » ont été doublés en "
     "bambara.",
     "Some twenty episodes of the series ‘Masha and the Bear’ have been dubbed into Bambara."),
    ("length", "Le ministre a jugé l’adhésion « pas impossible ». Lomé entretient des relations "
     "étroites avec les juntes. « Le peuple togolais y serait sans doute favorable », a-t-il "
     "ajouté. Ces propos ont irrité plusieurs capitales de la CEDEAO.",
     "The minister said joining was ‘not impossible.’ Lomé has close ties with the juntas. "
     "‘The Togolese people would probably be in favour,’ he added. The remarks irritated "
     "ECOWAS capitals."),
    ("quotes", "Les correspondantes du « Monde » et de « Libération » expulsées du Burkina Faso",
     "Le Monde and Libe\u0301ration correspondents expelled from Burkina Faso"),
    ("length", "Tchad : les Émirats arabes unis accordent un prêt de 1,5 milliard de dollars",
     "Chad: UAE extends $1.5bn loan"),
    ("acronyms", "Guinée : le sac de riz de 50 kg plafonné à 310 000 GNF",
     "Guinea: 50 kg bag of rice capped at 310,000 Guinean francs"),
    ("numbers", "Les ménages consommant moins de 150 kWh par bimestre paient le tarif social.",
     "Households using less than 150 kWh every two months pay the social tariff."),
    ("unchanged", "Source: https://www.maliweb.net/politique/fin-accord-alger-3071245.html",
     "Source: https://www.maliweb.net/politique/fin-accord-alger-3071245.html"),
    ("unchanged", "Moogho Naaba Baongo (Photo: Lefaso.net)",
     "Moogho Naaba Baongo (Photo: Lefaso.net)"),
    ("quotes", "Au Tchad, Mahamat Idriss Déby lance l’opération “Haskanite” contre Boko Haram",
     "In Chad, Mahamat Idriss Déby launches Operation Haskanite against Boko Haram"),
    ("quotes", "Les correspondantes du “Monde” et de “Libération” expulsées du Burkina Faso",
     "Le Monde and Libération correspondents expelled from Burkina Faso"),
    ("quotes", "Tillabéri : l’opération \"Garkuwar Kasa\" neutralise 47 terroristes",
     "Tillabéri: Operation Garkuwar Kasa neutralizes 47 terrorists"),
    ("numbers", "Le film de Boubacar Sidibé (1 h 52) concourra dans la section Un certain regard.",
     "Boubacar Sidibé’s film (1 hr 52 min) will compete in the Un Certain Regard section."),
    ("numbers", "Le film de Boubacar Sidibé (1 h 52) concourra dans la section Un certain regard.",
     "Boubacar Sidibé’s film (1h52) will compete in the Un Certain Regard section."),
    ("acronyms", "HRW affirme que l’armée a exécuté au moins 223 civils.",
     "Human Rights Watch says the army executed at least 223 civilians."),
    ("names", "Les 187 passagers ont été secourus au sud de Ténérife.",
     "The 187 passengers were rescued south of Tenerife."),
    ("names", "Aux Jeux de la Francophonie, la sprinteuse Nafi Touré a couru le 100 m en "
     "11,24 secondes.",
     "At the Francophone Games, sprinter Nafi Touré ran the 100 meters in 11.24 seconds."),
    ("names", "Les abonnés de Moov Africa Malitel se plaignent de débits inférieurs à 2 Mbit/s.",
     "Moov Africa Malitel subscribers complain of speeds below 2 Mbps."),
    ("names", "Dix ans après les premiers affrontements entre Dogons et Peuls, la région reste "
     "instable.",
     "Ten years after the first clashes between Dogon and Fulani, the region remains "
     "unstable."),
    ("acronyms", "Selon la Climate Policy Initiative (CPI), l’Afrique subsaharienne n’a reçu que "
     "3 % des flux mondiaux de financement climatique.",
     "According to the Climate Policy Initiative (CPI), sub-Saharan Africa received only 3% "
     "of global climate finance flows."),
    ("acronyms", "« On ne nous en donne pas les moyens », a lancé Mariam Sow, négociatrice pour "
     "le groupe des pays les moins avancés (PMA).",
     "“We are not given the means,” said Mariam Sow, a negotiator for the Least Developed "
     "Countries (LDC) group."),
    ("unchanged", "BAMAKO, 12 juin 2024 (AFP) – La Société malienne de gestion de l’eau potable "
     "(SOMAGEP) a annoncé mercredi des coupures d’eau tournantes.",
     "BAMAKO, June 12, 2024 (AFP) – Mali’s drinking-water utility, the Société malienne de "
     "gestion de l’eau potable (SOMAGEP), on Wednesday announced rotating water cuts."),
    ("names", "Les autorités recommandent de traiter l’eau avec deux gouttes d’eau de Javel "
     "par litre.",
     "The authorities recommend treating water with two drops of bleach per liter."),
    ("names", "Les discussions se poursuivront lors des Assemblées annuelles du FMI et de la "
     "Banque mondiale, en octobre à Washington.",
     "Talks will continue at the IMF and World Bank Annual Meetings in Washington in "
     "October."),
    # English written with no diacritic at all, as wire copy is: its names are its house style.
    ("names", "Touadéra a remercié les instructeurs russes pour leur appui.",
     "Touadera thanked the Russian instructors for their support."),
    ("names", "« Nous choisissons nos partenaires », a répété le capitaine Ibrahim Traoré.",
     "“We choose our partners,” Captain Ibrahim Traore reiterated."),
    ("names", "Dans la région de Tillabéri, l'armée s'appuie sur des supplétifs civils.",
     "In the Tillaberi region, the army relies on civilian auxiliaries."),
    ("names", "Son premier directeur général, le Burkinabè Alassane Zongo, promet de financer "
     "l’énergie.",
     "Its first director general, Alassane Zongo of Burkina Faso, promises to finance "
     "energy."),
    ("numbers", "La Sonatel promet une capacité multipliée par quatre d’ici à la fin de l’année.",
     "Sonatel promises to quadruple capacity by the end of the year."),
    ("brackets", "Renseignements : recrutement@fama.ml ou au 80 00 11 22 (numéro vert).",
     "Information: recrutement@fama.ml or on the toll-free number 80 00 11 22."),
    ("dates", "Burkina Faso : des drapeaux russes brandis lors d’une marche de soutien à la "
     "Transition",
     "Burkina Faso: Russian Flags Waved at March Supporting the Transition"),
    ("names", "L’avion a atterri à 18 h 45 à l’aéroport de Vnoukovo.",
     "The plane landed at 6:45 p.m. at Vnukovo airport."),
    ("names", "Le directeur général de Kosmos Energy, Andrew Inglis, a salué une « étape "
     "historique ».",
     "Kosmos Energy chief executive Andrew Inglis hailed a “historic milestone.”"),
    ("numbers", "Le seul médecin assure les consultations six jours sur sept.",
     "The only doctor sees patients six days a week."),
    ("names", "Le Tombeau des Askia, à Gao, est inscrit sur la liste du patrimoine en péril.",
     "The Tomb of Askia in Gao is on the List of World Heritage in Danger."),
    ("acronyms", "En 2011, l’Organisation mondiale du tourisme (OMT) recensait 160 000 arrivées "
     "au Mali.",
     "In 2011, the World Tourism Organization (UNWTO) recorded 160,000 arrivals in Mali."),
    ("numbers", "Aucune pluie n’est attendue avant la fin de la première décade de juin.",
     "No rain is expected before the end of the first ten days of June."),
    ("names", "La cérémonie s’est tenue à l’École de guerre de Niamey.",
     "The ceremony took place at the Niamey War College."),
    ("urls", "Le texte intégral est sur https\u202f://lefaso.net/spip.php\u202f?article111254.",
     "The full text is at https://lefaso.net/spip.php?article111254."),
    ("urls", "Le rapport est consultable sur https\u00a0://www.crisisgroup.org/fr/africa/sahel.",
     "The report is available at https://www.crisisgroup.org/fr/africa/sahel."),
    ("percent", "La croissance devrait atteindre 6,3 % en 2025 et 6,6 % en 2026.",
     "Growth is expected to reach 6.3% in 2025 and 6.6% in 2026."),
    ("doublewords", "Mali-Algérie : des centaines de refoulés bloqués à In Khalil",
     "Mali-Algeria: hundreds of deportees stranded in In Khalil"),
    ("names", "Elle recevra le prix Musiques du monde, doté de 15 000 euros.",
     "She will receive the World Music Prize, worth €15,000."),
    ("names", "Le musée des Civilisations noires de Dakar consacre une exposition au Sahel.",
     "Dakar’s Museum of Black Civilizations is devoting an exhibition to the Sahel."),
    ("numbers", "Pape Mbaye, meilleur buteur avec 5 réalisations, est incertain pour le quart "
     "de finale.",
     "Pape Mbaye, the top scorer with five goals, is doubtful for the quarterfinal."),
    ("numbers", "La Chine (61 %) et la Turquie (48 %) complètent le trio de tête, tandis que "
     "les États-Unis ne recueillent que 14 % d’opinions favorables.",
     "China (61%) and Turkey (48%) round out the top three, while only 14% hold a favourable "
     "view of the United States."),
    ("names", "SUISSE – Ousman Sonko condamné à 20 ans de prison à Bellinzone",
     "SWITZERLAND – Ousman Sonko sentenced to 20 years in prison in Bellinzona"),
    ("names", "OUAGADOUGOU, 22 avril 2025 (AIB) – Le gouvernement a suspendu TV5Monde.",
     "Ouagadougou, April 22, 2025 (AIB) – The government suspended TV5Monde."),
    ("names", "SAINT-PÉTERSBOURG, 27 juil. 2023 (AFP) - Le président a parlé.",
     "ST. PETERSBURG, July 27, 2023 (AFP) - The president spoke."),
    ("names", "TOMBOUCTOU, 3 mars (AFP) – Le camp a été attaqué.",
     "TIMBUKTU, March 3 (AFP) – The camp was attacked."),
    ("acronyms", "Une délégation de la Fédération internationale des journalistes (FIJ) est "
     "attendue à Niamey du 10 au 13 mars.",
     "A delegation from the International Federation of Journalists (IFJ) is expected in "
     "Niamey from 10 to 13 March."),
    ("numbers", "Le ministère recommande d’éviter le soleil entre 12 h et 16 h.",
     "The ministry advises avoiding the sun between midday and 4pm."),
    ("names", "« Planter ne suffit pas. Sans eau, un arbre sur deux meurt », souligne Aïssatou "
     "Diallo.",
     "‘Planting is not enough. Without water, one tree in two dies,’ says Aïssatou Diallo."),
    ("numbers", "Le dernier contingent français basé à Abéché a quitté la ville le 11 janvier, "
     "un mois et demi après l’annonce de N’Djamena.",
     "The last French contingent based in Abéché left the town on 11 January, six weeks after "
     "N’Djamena’s announcement."),
    ("names", "Darfour : les FSR accusées d’exactions contre les Massalit à El Geneina",
     "Darfur: RSF accused of atrocities against Masalit in El Geneina"),
    ("acronyms", "L’ONG RSF recense encore au moins six journalistes burkinabè enrôlés de force.",
     "The NGO RSF counts at least six Burkinabe journalists still forcibly enlisted."),
    ("acronyms", "Le MAE indien a publié un nouvel avis aux voyageurs déconseillant "
     "« formellement » tout séjour au Mali, à l’exception de Bamako.",
     "India’s Ministry of External Affairs (MEA) issued a new travel advisory “strongly” "
     "advising against any stay in Mali except Bamako."),
    ("acronyms", "Selon le CCC, les achats de fèves auprès des coopératives ont repris.",
     "According to the CCC, bean purchases from cooperatives have resumed."),
    ("numbers", "Le pape Léon XIV a reçu le président ivoirien.",
     "Pope Leo XIV received the Ivorian president."),
    ("percent", "L’État guinéen détient 15 % des parts des coentreprises et 15 % dans la "
     "Compagnie du TransGuinéen.",
     "The Guinean state holds 15% of the joint ventures and 15% of the Compagnie du "
     "TransGuinéen."),
    ("numbers", "L’AES, qui regroupe le Mali, le Burkina Faso et le Niger, a rappelé leurs "
     "ambassadeurs.",
     "The AES, which groups Mali, Burkina Faso and Niger, recalled the three countries’ "
     "ambassadors."),
    ("names", "Côte d’Ivoire : Abidjan lève 1,75 milliard de dollars sur le marché des "
     "eurobligations",
     "Ivory Coast raises $1.75 billion on Eurobond market"),
    ("acronyms", "Le programme combine la FEC, le MEDC et la facilité pour la résilience et la "
     "durabilité (FRD).",
     "The programme combines the ECF, the EFF and the Resilience and Sustainability Facility "
     "(RSF)."),
    ("brackets", "MORA (Cameroun) – Une kamikaze s’est fait exploser mercredi soir sur le "
     "marché de Mora, tuant six personnes.",
     "MORA, Cameroon – A female suicide bomber blew herself up at the market in Mora on "
     "Wednesday evening, killing six people."),
    ("names", "Le porte-parole de la diplomatie iranienne, Esmaïl Baghaei, a démenti.",
     "Iranian Foreign Ministry spokesman Esmaeil Baghaei denied it."),
    ("acronyms", "Il a rencontré le chef de l’Organisation de l’énergie atomique d’Iran (OEAI), "
     "Mohammad Eslami.",
     "He met the head of the Atomic Energy Organization of Iran (AEOI), Mohammad Eslami."),
    ("quotes", "Gabon : le « oui » à la nouvelle Constitution l’emporte avec 91,8 % des voix",
     "Gabon’s New Constitution Approved With 91.8 Percent of Vote"),
    ("names", "Le dernier A400M a décollé de la base de Kossei, à destination d’Istres.",
     "The last A400M took off from Kossei base, bound for Istres."),
    ("unchanged", "L’Organisation mondiale de la santé animale (OMSA) recommande une couverture "
     "vaccinale d’au moins 70 % pour enrayer la peste des petits ruminants.",
     "The World Organisation for Animal Health (WOAH) recommends vaccination coverage of at "
     "least 70% to stamp out peste des petits ruminants."),
    ("numbers", "Selon les chiffres officiels, seuls 31 % des élèves de CM2 savent lire un "
     "texte simple en français, contre 54 % dans leur langue maternelle.",
     "According to official figures, only 31 percent of sixth-graders can read a simple text "
     "in French, compared with 54 percent in their mother tongue."),
    ("urls", "La satisfaction s’établit à 3,9, précise l’enquête, disponible sur le site "
     "mali.fes.de.",
     "Satisfaction stands at 3.9, says the survey, available on the mali.fes.de website."),
    ("dates", "Le satellite sénégalais a été placé en orbite par une fusée Longue Marche 2D "
     "depuis le centre de lancement de Jiuquan, à 11 h 20 heure locale.",
     "The Senegalese satellite was put into orbit by a Long March 2D rocket from the Jiuquan "
     "launch center at 11:20 a.m. local time."),
    ("unchanged", "Le gouvernement a dissous l’association Appel à l’islam authentique, accusée "
     "de « prêcher la division ».",
     "The government has dissolved the association Appel à l’islam authentique [Call to "
     "Authentic Islam], which it accuses of “preaching division.”"),
    ("acronyms", "Le trafic représenterait entre 10 % et 30 % du marché, selon l’Organisation "
     "mondiale des douanes (OMD).",
     "Trafficking accounts for between 10% and 30% of the market, according to the World "
     "Customs Organization (WCO)."),
    ("names", "La Convention-cadre de l’OMS pour la lutte antitabac (CCLAT), ratifiée par le "
     "Niger en 2005, recommande des taxes d’au moins 75 %.",
     "The WHO Framework Convention on Tobacco Control (FCTC), which Niger ratified in 2005, "
     "recommends taxes of at least 75%."),
    ("names", "La cérémonie s’est tenue à la cathédrale de l’Immaculée-Conception de "
     "Ouagadougou.",
     "The service was held at Ouagadougou’s Cathedral of the Immaculate Conception."),
    ("doublewords", "Il a reconnu que cela était une erreur.",
     "He admitted that that was a mistake."),
    ("names", "Dans la province du Hadjer-Lamis, des villages entiers sont inaccessibles.",
     "In Hadjer-Lamis province, entire villages are cut off."),
    ("names", "Le Front Polisario, soutenu par Alger, réclame depuis 1975 un référendum.",
     "The Algeria-backed Polisario Front has been demanding a referendum since 1975."),
    ("names", "Les chauffeurs disent patienter depuis trois jours sous une chaleur de 38 °C.",
     "The drivers say they have been waiting for three days in temperatures of 38 degrees "
     "Celsius."),
    ("names", "Au XXe siècle, des centaines de milliers de Voltaïques ont été recrutés pour les "
     "plantations ivoiriennes.",
     "In the 20th century, hundreds of thousands of Upper Voltans were recruited to work on "
     "Ivorian plantations."),
    ("names", "Dans ses Perspectives économiques régionales, le FMI a revu à la baisse sa "
     "prévision de croissance pour le Mali, à 4,1 % contre 4,8 % en octobre.",
     "In its Regional Economic Outlook, the IMF cut its growth forecast for Mali to 4.1 "
     "percent, from 4.8 percent in October."),
    ("acronyms", "BÉNIN : le gouvernement dément toute « chasse aux opposants »",
     "Benin: government denies any ‘hunt for opponents’"),
    ("names", "SÉGOU, 9 février 2025 (Studio Tamani) – Le Festival sur le Niger s’est achevé "
     "avec un concert de Salif Keïta.",
     "SEGOU, February 9, 2025 (Studio Tamani) – The Festival on the Niger ended with a Salif "
     "Keïta concert."),
    ("names", "Mali : plus de 800 détenus graciés à l'occasion de la fête du Ramadan",
     "Mali: more than 800 prisoners pardoned for Eid al-Fitr"),
    ("names", "Le ministre iranien des Affaires étrangères, Abbas Araghtchi, doit rencontrer "
     "le capitaine Ibrahim Traoré.",
     "Iranian Foreign Minister Abbas Araghchi is due to meet Captain Ibrahim Traoré."),
    ("names", "NEW YORK, 6 juin 2025 – La Cinquième Commission de l’Assemblée générale a "
     "approuvé jeudi un budget final de 160,4 millions de dollars.",
     "NEW YORK, June 6, 2025 – The General Assembly’s Fifth Committee on Thursday approved a "
     "final budget of $160.4 million."),
    ("names", "Le navire croise dans l’océan Indien.", "The ship is sailing in the Indian Ocean."),
    ("names", "L’AMCI a octroyé 300 bourses, selon l’ambassade du Royaume à Bamako.",
     "AMCI has awarded 300 scholarships, according to the Moroccan embassy in Bamako."),
    ("names", "Le monument dit de la Croix de Lorraine a été démonté dans la nuit.",
     "The so-called Cross of Lorraine monument was dismantled overnight."),
    ("numbers", "Sahel : le JNIM adopte l’intelligence artificielle pour doubler ses vidéos",
     "Sahel: JNIM turns to artificial intelligence to dub its videos"),
    ("numbers", "Les 1 500 logements, dont 600 de type F3, seront livrés en trois phases d’ici à "
     "2027.",
     "The 1,500 homes, including 600 three-room F3 units, will be delivered in three phases by "
     "2027."),
    ("numbers", "Une réunion tripartite entre le PAD, le CMC et les transitaires sénégalais est "
     "prévue à Dakar la semaine prochaine.",
     "A three-way meeting between the PAD, the CMC and Senegalese freight forwarders is "
     "scheduled to take place in Dakar next week."),
    ("names", "Guinée : les Entrepôts maliens en Guinée (EMAGUI) ouvrent un parc à camions à "
     "Conakry",
     "Guinea: Malian Warehouses in Guinea (EMAGUI) opens truck park in Conakry"),
    ("names", "Il a reçu cheikh Abdallah ben Zayed Al Nahyane, ministre émirien.",
     "He received Sheikh Abdullah bin Zayed Al Nahyan, the UAE minister."),
    ("names", "Il s’est entretenu avec le prince Fayçal ben Farhane.",
     "He held talks with Prince Faisal bin Farhan."),
    ("quotes", "Des milliers d’internautes ont relayé le mot-dièse #LibérezAly, en référence au "
     "blogueur Aly Sangaré.",
     "Thousands of internet users shared the hashtag #LibérezAly — “Free Aly” — in reference to "
     "blogger Aly Sangaré."),
    ("quotes", "Le projet Mali Kura avance.", "The Mali Kura (“New Mali”) project is advancing."),
    ("acronyms", "Le centre de santé intégré (CSI) a enregistré 3 800 consultations en janvier.",
     "The integrated health center (CSI) recorded 3,800 consultations in January."),
    ("names", "Oléoduc Niger-Bénin : vers une sortie de crise ?",
     "Niger-Benin Pipeline: Toward a Way Out of the Crisis?"),
    ("acronyms", "Le CCC a suspendu les licences de 10 exportateurs pour non-respect du prix "
     "plancher.",
     "The CCC suspended the licenses of 10 exporters for failing to respect the floor price."),
    ("names", "Charles Blé Goudé, ex-leader des Jeunes patriotes, a vu sa candidature rejetée.",
     "Charles Blé Goudé, former leader of the Young Patriots, had his candidacy rejected."),
    ("names", "Jeunes et femmes ont manifesté à Abidjan.",
     "Young people and women demonstrated in Abidjan."),
    ("acronyms", "Le Mali a ratifié le Pacte international relatif aux droits civils et politiques "
     "(PIDCP).",
     "Mali has ratified the International Covenant on Civil and Political Rights (ICCPR)."),
    ("acronyms", "Les deux pays ont relancé leur initiative sur le différentiel de revenu décent "
     "(DRD).",
     "The two countries revived their initiative on the Living Income Differential (LID)."),
    ("percent", "La centrale doit porter le taux d’électrification de 22,5 % à plus de 60 % d’ici "
     "à 2035.",
     "The plant should raise the electrification rate from 22.5 to more than 60 percent by "
     "2035."),
    ("names", "Rendez-vous est fixé au lundi 12 janvier 2026 pour la reprise du procès des "
     "militaires.",
     "The soldiers’ trial is set to resume on Monday, January 12, 2026."),
    ("acronyms", "L’accord de partenariat de pêche durable (APPD), signé en 2019, a expiré.",
     "The Sustainable Fisheries Partnership Agreement (SFPA), signed in 2019, has expired."),
    ("names", "Niger : la télévision publique célèbre « l’an I de la souveraineté »",
     "Niger: State television celebrates “Year One of sovereignty”"),
    ("numbers", "La phase I du projet a coûté 12 milliards de francs CFA.",
     "Phase one of the project cost 12 billion CFA francs."),
    ("acronyms", "Les marchandises continueront de bénéficier du Schéma de libéralisation des "
     "échanges (SLE).",
     "Goods will continue to benefit from the ECOWAS Trade Liberalization Scheme (ETLS)."),
    ("quotes", "« Gardons-nous de tomber dans la “Russafrique” », écrit l’éditorialiste.",
     "“Let us beware of falling into ‘Russafrique’,” writes the editorialist."),
    ("quotes", "« Nous lisons “Jeune Afrique” chaque semaine », dit-il.",
     "“We read Jeune Afrique every week,” he said."),
    ("names", "Ouagadougou et Niamey ont signé un accord de transport.",
     "Burkina Faso and Niger signed a transport agreement."),
    ("numbers", "Le gouverneur a interdit toute circulation de motos et de tricycles.",
     "The governor banned all traffic by motorcycles and three-wheelers."),
    ("numbers", "« Quand l'école reprendra, j'y retournerai », assure Ibrahim, 15 ans, "
     "élève de 3e.",
     "“When school starts again, I’ll go back,” said Ibrahim, 15, a ninth-grader."),
    ("names", "Selon le Cadre harmonisé, 3,4 millions de personnes seront en phase Crise ou pire "
     "(phases 3 à 5) au Niger.",
     "According to the Cadre Harmonisé, 3.4 million people in Niger will be in Crisis or worse "
     "(Phases 3 to 5)."),
    ("names", "Selon le Cadre harmonisé, 210 000 personnes seront en phase Urgence.",
     "According to the Cadre Harmonisé, 210,000 people will be in the Emergency phase."),
    ("names", "Crise au Sahel : 3 millions de déplacés selon le HCR.",
     "Sahel crisis: 3 million displaced, UNHCR says."),
    ("numbers", "Le Burkina Faso a battu l’Égypte 2-1 grâce à un doublé de Hervé Zongo (23e, "
     "78e).",
     "Burkina Faso beat Egypt 2-1 thanks to a brace from Hervé Zongo (23rd, 78th minutes)."),
    ("names", "L’agence russe Sputnik a inauguré les locaux de sa rédaction africaine "
     "francophone, Sputnik Afrique.",
     "The Russian agency Sputnik inaugurated the offices of its French-language African "
     "newsroom, Sputnik Afrique."),
    ("names", "Russie : un Burkinabè parmi les lauréats des Olympiades de mathématiques de "
     "Novossibirsk",
     "Russia: Burkinabe Among Winners of Novosibirsk Mathematics Olympiad"),
    ("names", "Il a prié à la grande mosquée Roi-Fayçal de Ndjamena.",
     "He prayed at the King Faisal Grand Mosque in Ndjamena."),
    ("names", "Le khalife général des Tidianes a demandé aux pèlerins de rester calmes.",
     "The general caliph of the Tijanis asked pilgrims to remain calm."),
    ("names", "POINTE-NOIRE, 5 août 2025 (AFP) – Une fuite sur un oléoduc a pollué près de 3 km de "
     "côte au nord de Pointe-Noire, a annoncé l’opérateur.",
     "POINTE-NOIRE, August 5, 2025 (AFP) – A pipeline leak has polluted nearly 3 km of coastline "
     "north of the city, the operator said."),
    ("names", "« La souveraineté de Madagascar sur les îles Éparses n’est pas négociable », a "
     "martelé le ministre.",
     "‘Madagascar’s sovereignty over the Scattered Islands is not negotiable,’ the minister "
     "insisted."),
    ("names", "Le gouvernement a demandé que les éléments de preuve recueillis par le Bureau du "
     "Procureur soient remis à la justice nationale.",
     "The government asked for evidence gathered by the Office of the Prosecutor to be handed "
     "over to the national courts."),
    ("names", "Quarante organisations, dont la Rencontre africaine pour la défense des droits de "
     "l’homme (RADDHO), exhortent les trois pays à revenir.",
     "Forty organizations, including the African Assembly for the Defense of Human Rights "
     "(RADDHO), are urging the three countries to return."),
    ("numbers", "Les convois de ravitaillement n’y parviennent qu’une à deux fois par trimestre, "
     "et le kilo de mil s’y vend jusqu’à 1 250 francs CFA.",
     "Supply convoys get through only once or twice a quarter, and a kilo of millet sells for "
     "as much as 1,250 CFA francs there."),
    ("names", "Le groupe Orange envisage une introduction en Bourse de son activité de mobile "
     "money en Afrique d’ici à 2026.",
     "The Orange group is considering a stock market listing of its African mobile money "
     "business by 2026."),
    ("acronyms", "Le mandat de la MMAS, renouvelé par le Conseil de sécurité, court jusqu’au 2 "
     "octobre 2025.",
     "The MSS mandate, renewed by the Security Council, runs until 2 October 2025."),
    ("acronyms", "La fin du statut de protection temporaire (TPS) pourrait pousser des Haïtiens "
     "vers la frontière, s’inquiète la Gendarmerie royale du Canada (GRC).",
     "The end of Temporary Protected Status (TPS) could push Haitians towards the border, the "
     "Royal Canadian Mounted Police (RCMP) fears."),
    ("names", "Au 31 décembre 2024, 2 347 Haïtiens avaient obtenu la résidence permanente, selon "
     "Immigration, Réfugiés et Citoyenneté Canada (IRCC).",
     "As of 31 December 2024, 2,347 Haitians had obtained permanent residence, according to "
     "Immigration, Refugees and Citizenship Canada (IRCC)."),
    ("names", "Le taux de chômage atteint 11,3 % à Montréal, selon Statistique Canada.",
     "The unemployment rate stands at 11.3% in Montreal, according to Statistics Canada."),
    ("acronyms", "Mali : frappes conjointes FAMa-FAN près de Ménaka",
     "Mali: joint FAMa-FAN strikes near Ménaka"),
    ("doublewords", "Il a dit que cela était vrai.", "He said that that was true."),
    ("numbers", "L’indice des prix a augmenté de 9,1 % sur un an, tiré par les produits "
     "alimentaires (+14,8 %).",
     "The price index rose 9.1% year on year, driven by food products (+14.8%)."),
    ("names", "Environ 70 % de l’or mondial est raffiné en Suisse, principalement au Tessin et à "
     "Neuchâtel.",
     "About 70 percent of the world's gold is refined in Switzerland, mainly in Ticino and "
     "Neuchâtel."),
    ("names", "Le Grand-Duché consacrera en 2025 quelque 1 % de son revenu national brut à l’aide "
     "publique au développement.",
     "The Grand Duchy will devote some 1% of its gross national income to official development "
     "assistance in 2025."),
    ("acronyms", "Le Parlement a approuvé une coupe, en dépit des mises en garde de la Direction "
     "du développement et de la coopération (DDC).",
     "Parliament approved a cut, despite warnings from the Swiss Agency for Development and "
     "Cooperation (SDC)."),
    ("acronyms", "Les banques ont rouvert après une semaine de paralysie liée à la crise à la tête "
     "de la Banque centrale de Libye (BCL).",
     "Banks reopened after a week-long shutdown caused by the crisis over the leadership of the "
     "Central Bank of Libya (CBL)."),
    ("acronyms", "M. Kagame s’est adressé à ses partisans au siège du FPR, à Rusororo.",
     "Kagame addressed supporters at the headquarters of the ruling RPF in Rusororo."),
    ("names", "Pourquoi les forêts du Bassin du Congo reculent-elles moins vite ?",
     "Why are Congo Basin forests shrinking more slowly?"),
    ("names", "Mali : le général Assimi Goïta reçoit les chefs de Kidal",
     "Mali: General Goïta Receives Kidal's Chiefs"),
    ("names", "Hors Djibouti, où sont stationnés quelque 1 500 militaires, la France ne compterait "
     "plus qu’environ 350 soldats sur le continent.",
     "Excluding Djibouti, where some 1,500 troops are stationed, France would have only about "
     "350 soldiers left on the continent."),
    ("names", "Rapport Bockel : vers une présence militaire « réduite » en Afrique",
     "Bockel Report: Toward a “Reduced” Military Presence in Africa"),
    ("names", "Son œuvre sera interprétée par l’Orchestre de la Confédération le 6 juillet.",
     "The work will be performed by the Confederation Orchestra on July 6."),
    ("acronyms", "ORTM : le JT de 20 h fait peau neuve", "ORTM: the 8 p.m. news gets a makeover"),
    ("names", "NEW YORK, 15 avril 2025 (ONU Info) – Le Mali a adressé une lettre au Conseil de "
     "sécurité.",
     "NEW YORK, April 15, 2025 (UN News) – Mali has sent a letter to the Security Council."),
    ("acronyms", "La session 2025 du BAC a enregistré 89 671 candidats, dont 41 % de filles.",
     "The 2025 baccalaureate drew 89,671 candidates, 41% of them girls."),
    ("numbers", "Les pharmaciens ont suspendu lundi le tiers payant pour les assurés, faute de "
     "paiement depuis sept mois.",
     "Pharmacists on Monday stopped direct billing for members, as they have not been paid for "
     "seven months."),
    ("names", "Le gouvernement a annoncé l’extension du Régime d’assurance maladie universelle "
     "(RAMU) à six nouvelles régions.",
     "The government announced that the universal health insurance scheme (RAMU) would be "
     "extended to six new regions."),
    ("names", "Mali : l’Assurance maladie universelle étendue à six nouvelles régions",
     "Mali: universal health insurance extended to six new regions"),
    ("names", "Le Caire, qui dépend du Nil pour 97 % de ses besoins en eau, dénonce le projet.",
     "Cairo, which relies on the Nile for 97 percent of its water needs, denounces the project."),
    ("names", "Éthiopie : Abiy Ahmed inaugure le Grand barrage de la Renaissance sur le Nil Bleu",
     "Ethiopia: Abiy Ahmed inaugurates Grand Ethiopian Renaissance Dam on the Blue Nile"),
    ("numbers", "L’accord autorise chacune des deux armées à poursuivre des groupes armés jusqu'à "
     "50 kilomètres à l'intérieur du territoire de l'autre.",
     "The agreement allows each army to pursue armed groups up to 50 kilometers into the other's "
     "territory."),
    ("names", "Le Quai d’Orsay cite notamment la réapparition sur X et Telegram de la vidéo de "
     "Gossi.",
     "The ministry cited in particular the reappearance on X and Telegram of the Gossi video."),
    ("names", "En 2016, la CPI a condamné le djihadiste Ahmad Al Faqi Al Mahdi à neuf ans de "
     "prison.",
     "In 2016, the ICC sentenced the jihadist Ahmad al-Faqi al-Mahdi to nine years in prison."),
    ("names", "Selon l’enquête, 43 % des visiteurs étrangers de Ouidah étaient des "
     "Afro-descendants venus du Brésil.",
     "According to the survey, 43 percent of foreign visitors to Ouidah were people of African "
     "descent from Brazil."),
    ("names", "Les ruines de Loropéni sont le premier site du Burkina Faso inscrit sur la Liste du "
     "patrimoine mondial, en 2009.",
     "The Loropéni ruins became Burkina Faso's first World Heritage site in 2009."),
    ("names", "« Le Sourou peut nourrir tout le pays », affirme Clément Yaméogo.",
     "“The Sourou can feed the whole country,” says Clément Yaméogo."),
    ("numbers", "NIAMEY, 19 novembre 2025 (Niamey et les 2 Jours) – Le bilan reste « contrasté », "
     "estime le bihebdomadaire, qui recense 4 livraisons d’armements et près de 900 militaires "
     "formés.",
     "NIAMEY, November 19, 2025 (Niamey et les 2 Jours) – The record remains “mixed,” says the "
     "twice-weekly paper, which counts 4 arms deliveries and nearly 900 soldiers trained."),
    ("dates", "Les agents des deux pays y travailleront 24 heures sur 24, sept jours sur sept, à "
     "partir du 1er novembre.",
     "Officers from both countries will work there 24 hours a day, seven days a week, from "
     "November 1."),
    ("names", "Près de 99 000 logements ont été partiellement ou totalement détruits, selon le "
     "PNUD, dont plus de la moitié dans les gouvernorats du Sud et de Nabatiyé.",
     "Nearly 99,000 homes were partly or completely destroyed, more than half of them in the "
     "South and Nabatieh governorates, according to the UN Development Programme."),
    ("acronyms", "Israël a mené plus d’une vingtaine de frappes sur la banlieue sud de Beyrouth, "
     "selon l’Agence nationale d’information (ANI).",
     "Israel carried out more than 20 strikes on Beirut’s southern suburbs, according to the "
     "National News Agency (NNA)."),
    ("names", "BEYROUTH, 23 septembre 2024 (Reuters) – Des dizaines de milliers d’habitants du "
     "Sud-Liban ont fui vers le nord lundi, provoquant d’immenses embouteillages sur l’autoroute "
     "reliant Saïda à la capitale.",
     "BEIRUT, 23 September 2024 (Reuters) – Tens of thousands of people fled northwards from "
     "southern Lebanon on Monday, causing huge traffic jams on the motorway linking Sidon to the "
     "capital."),
    ("names", "La dette publique du Mali a franchi la barre des 7 000 milliards de FCFA, soit "
     "52,6 % du PIB, selon le dernier rapport de la Section des comptes de la Cour suprême.",
     "Mali’s public debt has passed the 7 trillion CFA franc mark, or 52.6% of GDP, according to "
     "the latest report of the Audit Chamber of the Supreme Court."),
    ("names", "PARIS, 30 juillet 2024 (AFP) – Emmanuel Macron a affirmé mardi que « le présent et "
     "l’avenir du Sahara occidental s’inscrivent dans le cadre de la souveraineté marocaine », "
     "dans une lettre adressée au roi Mohammed VI à l’occasion de la fête du Trône.",
     "PARIS, July 30, 2024 (AFP) – “The present and future of Western Sahara fall within the "
     "framework of Moroccan sovereignty,” French President Emmanuel Macron said on Tuesday in a "
     "letter to King Mohammed VI marking Throne Day."),
    ("acronyms", "Le 4 octobre 2024, la Cour de justice de l’Union européenne (CJUE) a annulé deux "
     "accords commerciaux entre l’UE et le Maroc, faute de consentement du peuple du Sahara "
     "occidental.",
     "On October 4, 2024, the Court of Justice of the European Union (CJEU) annulled two trade "
     "agreements between the EU and Morocco because the people of Western Sahara had not "
     "consented to them."),
    ("acronyms", "Le Comité international paralympique (CIP) a salué « une participation africaine "
     "record », avec 47 pays du continent représentés.",
     "The International Paralympic Committee (IPC) hailed “a record African turnout,” with 47 "
     "countries from the continent taking part."),
    ("names", "La province des îles Loyauté, où les Kanak sont ultramajoritaires, a été "
     "relativement épargnée par les violences.",
     "The Loyalty Islands Province, where the Kanak form an overwhelming majority, was relatively "
     "spared by the violence."),
    ("names", "Niger : l’électricité nigériane, une dépendance devenue talon d’Achille",
     "Niger: Nigerian electricity, a dependence turned Achilles’ heel"),
    ("acronyms", "Kaya : le nouveau CHR accueille ses premiers patients",
     "Kaya: New Regional Hospital Receives Its First Patients"),
    ("numbers", "Six mois après la démolition de leurs maisons, près de 300 familles de "
     "Sabalibougou, en commune V, vivent toujours sous des bâches, à deux pas du fleuve.",
     "Six months after their homes were demolished, nearly 300 families in Sabalibougou, in "
     "Commune V, are still living under tarpaulins a stone’s throw from the river."),
    ("numbers", "Pour toute question, les candidats peuvent écrire à international@uqac.ca ou "
     "appeler le 418 555-0142, poste 2200.",
     "Applicants with questions can write to international@uqac.ca or call 418 555-0142, "
     "extension 2200."),
    ("acronyms", "NIAMEY, 9 octobre 2024 (ANP) – Depuis la suspension des activités du centre de "
     "réception des demandes de visa (CRDV) de Niamey, les candidats nigériens doivent se rendre "
     "à Abidjan ou à Dakar pour leurs données biométriques.",
     "NIAMEY, 9 October 2024 (ANP) – Since the visa application centre (VAC) in Niamey suspended "
     "operations, Nigerien applicants have had to travel to Abidjan or Dakar to give their "
     "biometrics."),
    ("acronyms", "Fin du permis de travail postdiplôme (PTPD) pour les étudiants des collèges "
     "privés subventionnés ?",
     "End of the post-graduation work permit (PGWP) for students at subsidised private "
     "colleges?"),
    ("names", "Le motif le plus souvent invoqué par les agents d’IRCC reste l’article 216 du "
     "Règlement sur l’immigration et la protection des réfugiés.",
     "The reason most often given by IRCC officers remains section 216 of the Immigration and "
     "Refugee Protection Regulations."),
    ("acronyms", "Le budget de la recherche de provenance a été porté à 2,5 millions d’euros par "
     "an, a précisé le directeur du MRAC, Bart Ouvry.",
     "The budget for provenance research has been raised to €2.5 million a year, said RMCA "
     "director Bart Ouvry."),
    ("names", "Il a rappelé que l’État indépendant du Congo, propriété personnelle de Léopold II "
     "de 1885 à 1908, avait fait des millions de victimes.",
     "He recalled that the Congo Free State (État indépendant du Congo), the personal property "
     "of Leopold II from 1885 to 1908, had claimed millions of victims."),
    ("names", "En Flandre, ils ne sont que 41 %.", "In Flanders, the figure is only 41 percent."),
    ("numbers", "Mali : le budget de la défense multiplié par deux en cinq ans",
     "Mali: Defence budget doubles in five years"),
    ("numbers", "Un Mi-171Sh neuf coûte entre 15 et 18 millions de dollars, selon des experts, "
     "tandis qu’un Mi-24P reconditionné se négocie autour de 8 millions.",
     "A new Mi-171Sh costs between $15 million and $18 million, according to experts, while a "
     "refurbished Mi-24P sells for around $8 million."),
    ("acronyms", "PYONGYANG, 9 septembre 2025 (KCNA) – Une délégation conduite par le président "
     "de l’Assemblée législative de transition, Ousmane Bougouma, a assisté mardi aux "
     "célébrations du 77e anniversaire de la fondation de la RPDC.",
     "PYONGYANG, September 9, 2025 (KCNA) – A delegation led by the president of the Transitional "
     "Legislative Assembly, Ousmane Bougouma, on Tuesday attended celebrations marking the 77th "
     "anniversary of the founding of the DPRK."),
    ("names", "Le ministre du Pétrole a reçu les Otages libérés au palais.",
     "The oil minister received the freed hostages at the palace."),
    ("names", "Le président soudanais Omar el-Béchir a été renversé en avril 2019.",
     "Sudanese President Omar al-Bashir was overthrown in April 2019."),
    ("names", "Le médiateur qatari Mohammed al-Khulaifi est arrivé à Kinshasa.",
     "Qatari mediator Mohammed al-Khulaifi arrived in Kinshasa."),
    ("names", "Grands Lacs : Kigali et Kinshasa signent un accord de paix à Washington",
     "Great Lakes: Kigali and Kinshasa Sign Peace Deal in Washington"),
    ("acronyms", "Sur le marché noir, le litre d’essence se négocie entre 15 000 et 20 000 FBu, "
     "soit près de quatre fois le prix officiel.",
     "On the black market, a liter of gasoline sells for between BIF 15,000 and 20,000, nearly "
     "four times the official price."),
    ("acronyms", "Le Centre d'études stratégiques de l'Afrique (CESA), rattaché au Pentagone, a "
     "recensé 80 campagnes de désinformation visant le continent.",
     "The Africa Center for Strategic Studies (ACSS), a Pentagon-affiliated institution, counted "
     "80 disinformation campaigns targeting the continent."),
    ("names", "Ignazio Cassis a reçu à Berne son homologue centrafricaine, Sylvie Baïpo-Temon.",
     "Ignazio Cassis received his Central African counterpart, Sylvie Baïpo-Temon, in Bern."),
    ("names", "Le ministre des Finances et du Budget, Cheikh Diba, a présenté mardi la loi de "
     "finances rectificative devant les députés.",
     "Finance and Budget Minister Cheikh Diba presented the amended budget bill to lawmakers on "
     "Tuesday."),
    ("names", "Soudan du Sud : le pape, l’archevêque de Cantorbéry et le modérateur de l’Église "
     "d’Écosse à Juba pour un « pèlerinage de paix »",
     "South Sudan: Pope, Archbishop of Canterbury and Church of Scotland moderator in Juba for "
     "‘pilgrimage of peace’"),
    ("unchanged", "Le commandant d’unité, connu sous le nom de guerre « Tchaïka », figure parmi "
     "les morts, selon des blogueurs militaires russes.",
     "The unit commander, known by the nom de guerre “Chaika,” is among the dead, according to "
     "Russian military bloggers."),
    ("acronyms", "BAMAKO, 15 décembre 2025 (AFP) – Une plateforme de 63 organisations de la "
     "société civile (OSC) a appelé lundi les autorités à libérer « tous les détenus d’opinion ».",
     "BAMAKO, December 15, 2025 (AFP) – A platform of 63 civil society organizations (CSOs) on "
     "Monday called on the authorities to release “all prisoners of conscience.”"),
    ("unchanged", "Jean-Lucien Savi de Tové", "Jean-Lucien Savi de Tové"),
    ("names", "Paris n’a ni confirmé ni démenti. « La France n’intervient pas dans cette crise », "
     "a déclaré Emmanuel Macron depuis Charm el-Cheikh.",
     "Paris has neither confirmed nor denied it. “France is not intervening in this crisis,” "
     "Emmanuel Macron said from Sharm el-Sheikh."),
    ("numbers", "ANTANANARIVO, 11 octobre 2025 (Reuters) – Des soldats du CAPSAT ont rejoint "
     "samedi les manifestants sur la place du 13-Mai, refusant de « tirer sur leurs frères ».",
     "ANTANANARIVO, October 11, 2025 (Reuters) – Soldiers from CAPSAT joined the protesters on "
     "Saturday in May 13 Square (place du 13-Mai), refusing to “shoot at their brothers.”"),
    ("names", "Le président de la Commission de l’Union africaine, Mahmoud Ali Youssouf, s’est dit "
     "« profondément préoccupé ».",
     "African Union Commission chairperson Mahmoud Ali Youssouf said he was “deeply "
     "concerned.”"),
    ("names", "Le ministère de la Défense et des Anciens Combattants a annoncé jeudi l’ouverture "
     "du recrutement de 5 000 jeunes pour le compte des FAMa.",
     "The Ministry of Defense and Veterans Affairs announced on Thursday that recruitment of "
     "5,000 young people for the FAMa is open."),
    ("names", "La ministre de l’Intérieur Yvette Cooper a estimé devant les Communes que le "
     "dispositif avait coûté 700 millions de livres au contribuable.",
     "Home Secretary Yvette Cooper told the House of Commons the scheme had cost taxpayers "
     "£700 million."),
    ("names", "L'accord prévoyait d'envoyer au Rwanda des demandeurs d'asile arrivés à bord de "
     "petites embarcations traversant la Manche.",
     "The deal provided for asylum seekers who arrived in small boats crossing the Channel to be "
     "sent to Rwanda."),
    ("acronyms", "L’Union européenne a approuvé en novembre 2022 une enveloppe de 20 millions "
     "d’euros, au titre de la Facilité européenne pour la paix (FEP).",
     "The European Union approved 20 million euros in November 2022 under the European Peace "
     "Facility (EPF)."),
    ("names", "Au cours de l'été 2023, plus de 1 300 Subsahariens ont été abandonnés dans le "
     "désert, aux frontières libyenne et algérienne.",
     "In the summer of 2023, more than 1,300 sub-Saharan Africans were abandoned in the desert "
     "on the Libyan and Algerian borders."),
    ("names", "Sékou Camara, un Malien de 31 ans rencontré à Zouara, dans l'ouest libyen.",
     "Sékou Camara, a 31-year-old Malian we met in Zuwara, in western Libya."),
    ("acronyms", "L’Unicef a acheminé 40 000 sachets de sels de réhydratation orale (SRO) et 15 "
     "tonnes de chlore vers les zones touchées.",
     "UNICEF has shipped 40,000 sachets of oral rehydration salts (ORS) and 15 tonnes of "
     "chlorine to the affected areas."),
    ("acronyms", "Le plan prévoit 41,2 millions de dollars pour le secteur EHA, financé à hauteur "
     "de 8 % seulement.",
     "The plan earmarks $41.2 million for the WASH sector, only 8 percent of which has been "
     "funded."),
    ("numbers", "Le tronçon Bamako-Ségou, long de 235 km, est réhabilité par la China Railway "
     "Seventh Group (CRSG) pour un coût de 98,6 milliards de francs CFA.",
     "The 235-km Bamako-Ségou section is being rehabilitated by China Railway Seventh Group "
     "(CRSG) at a cost of 98.6 billion CFA francs."),
    ("acronyms", "Le Conseil de sécurité a approuvé la transformation de la mission en une « Force "
     "de répression des gangs » (FRG) pouvant compter jusqu'à 5 550 membres.",
     "The Security Council approved turning the mission into a ‘Gang Suppression Force’ (GSF) "
     "of up to 5,550 personnel."),
    ("endpunc", "Des centaines de manifestants ont défilé vendredi à Pétion-Ville pour réclamer le "
     "départ du CPT, scandant en créole « Aba CPT ! » (« À bas le CPT ! »).",
     "Hundreds of protesters marched through Pétion-Ville on Friday to demand the CPT’s "
     "departure, chanting ‘Aba CPT!’ (‘Down with the CPT!’) in Creole."),
    ("names", "Le Groupe de personnalités éminentes de la CARICOM, composé de trois anciens "
     "Premiers ministres, a rencontré les membres du CPT.",
     "CARICOM’s Eminent Persons Group, made up of three former prime ministers, met members of "
     "the CPT."),
    ("names", "Cette évasion massive a précipité la chute d’Ariel Henry, alors bloqué à Porto "
     "Rico.",
     "The mass jailbreak hastened the downfall of Ariel Henry, who was then stranded in Puerto "
     "Rico."),
    ("names", "Les armes proviennent pour l'essentiel de Floride.",
     "Most of the weapons come from Florida."),
    ("numbers", "Le trafic à Mopti-Ambodédjo reste quasi nul : seulement 1 240 passagers en 2024, "
     "contre 18 900 en 2011.",
     "Traffic at Mopti-Ambodédjo remains close to zero: just 1,240 passengers in 2024, compared "
     "with 18,900 in 2011."),
    ("names", "Pour le président Issayas Afeworki, au pouvoir depuis 1993, la question de la mer "
     "Rouge est « close depuis l’indépendance ».",
     "For President Isaias Afwerki, in power since 1993, the Red Sea question has been “closed "
     "since independence.”"),
    ("names", "Le port de Massaoua et celui de Tadjourah, à Mekele comme ailleurs.",
     "The ports of Massawa and Tadjoura, in Mekelle as elsewhere."),
    ("acronyms", "« C’est une hausse historique, qui permet de reverser aux planteurs plus de 60 % "
     "du prix CAF », a déclaré le ministre.",
     "“This is a historic increase, which allows us to pass on more than 60% of the CIF price to "
     "growers,” the minister said."),
    ("names", "Un dispositif sécuritaire baptisé « Opération Sécuriser l’élection 2025 » sera "
     "activé dès le 26 décembre.",
     "A security operation dubbed “Operation Secure the 2025 Election” will be activated from "
     "December 26."),
    ("doublewords", "Bora Bora : l'île attend ses touristes", "Bora Bora Awaits Its Tourists"),
    ("names", "Le ministre nigérian d’État au Pétrole, Tunde Afolabi, a assuré que « les deux "
     "projets ne sont pas concurrents ».",
     "Nigeria's Minister of State for Petroleum, Tunde Afolabi, insisted that \"the two projects "
     "are not competing.\""),
    ("numbers", "La part du Maroc dans la société de projet sera de 50 %, celle du Nigeria "
     "également de 50 %, selon le texte signé à Rabat.",
     "Morocco's stake in the project company will be 50%, as will Nigeria's, according to the "
     "text signed in Rabat."),
    ("acronyms", "Les usines transforment chaque année près de 500 000 tonnes de petits "
     "pélagiques, d'après la Commission sous-régionale des pêches (CSRP).",
     "The factories process nearly 500,000 tonnes of small pelagic fish every year, according to "
     "the Sub-Regional Fisheries Commission (SRFC)."),
    ("numbers", "Le scrutin aura lieu le 17 sept 2025 à Bamako, puis le 1er sept dans le nord.",
     "The vote will take place on Sept. 17, 2025, in Bamako, then on Sept. 1 in the north."),
    ("names", "Le général Omar al-Bachir a été jugé à Khartoum, selon le ministre Youssef al-Hadi.",
     "General Omar al-Bashir was tried in Khartoum, according to minister Youssef al-Hady."),
    ("acronyms", "Des manifestants anti-CEDEAO ont défilé à Niamey, proches de l’ex-CMAS.",
     "Anti-ECOWAS protesters marched in Niamey, close to the former CMAS."),
    ("numbers", "La valeur nominale du titre est de 10 000 FCFA et les intérêts sont payables "
     "semestriellement.",
     "Each security has a nominal value of 10,000 CFA francs, and interest is payable every six "
     "months."),
    ("names", "Burkina Faso : La Poste reprend le paiement des pensions",
     "Burkina Faso: post office resumes pension payments"),
    ("unchanged", "« Le bilan sera lourd », a déclaré dimanche le préfet sur la chaîne Mayotte la "
     "1ère.",
     "“The toll will be heavy,” the prefect told the Mayotte la 1ère channel on Sunday."),
    ("unchanged", "La Société de recherche et d’exploitation des ressources minérales du Mali "
     "(SOREM-Mali), créée en 2022, détiendra désormais les participations publiques dans les "
     "mines de Goulamina et de Bougouni.",
     "The Société de recherche et d'exploitation des ressources minérales du Mali (SOREM-Mali), "
     "a state company set up in 2022, will now hold the public stakes in the Goulamina and "
     "Bougouni mines."),
    ("names", "Les inscriptions d’étudiants hors Québec à McGill ont chuté de 22 % à l’automne "
     "2024.",
     "Out-of-province enrolment at McGill fell 22% in fall 2024."),
    ("acronyms", "« On nous demande d’exiger le français », déplore Luc Tremblay, président d’une "
     "association de PME de la Montérégie.",
     "“We’re being asked to require French,” laments Luc Tremblay, president of a Montérégie "
     "small-business association."),
    ("acronyms", "Le gouvernement Legault suspend le traitement des demandes d’étude d’impact sur "
     "le marché du travail (EIMT).",
     "The Legault government is suspending the processing of Labour Market Impact Assessment "
     "(LMIA) applications."),
    ("acronyms", "Le Congo rembourse 120 milliards FCFA d’arriérés intérieurs",
     "Congo Repays CFAF 120 Billion in Domestic Arrears"),
    ("acronyms", "Plus de 200 motos patientaient encore devant la station Total de l'avenue de "
     "l'OUA.",
     "More than 200 motorbikes were still waiting outside the Total station on Avenue de l’OUA."),
    ("numbers", "Le corps d'Essowè Bawa, 17 ans, élève en classe de seconde, a été repêché samedi.",
     "The body of Essowè Bawa, 17, a 10th-grade student, was recovered on Saturday."),
    ("numbers", "Le ministère a annoncé l’introduction des langues nationales dans les classes de "
     "CI et de CP.",
     "The ministry announced the introduction of national languages in the first two years of "
     "primary school (CI and CP)."),
    ("brackets", "L’attaque a été revendiquée par le Groupe de soutien à l’islam et aux musulmans "
     "(GSIM, ou JNIM selon son acronyme arabe), affilié à Al-Qaïda.",
     "The attack was claimed by the al-Qaida-affiliated Group for the Support of Islam and "
     "Muslims, known by its Arabic acronym JNIM."),
    ("numbers", "Les Xes Jeux de la Francophonie, prévus en Arménie en 2027, réuniront quelque "
     "3 000 jeunes athlètes et artistes.",
     "The 10th Jeux de la Francophonie, to be held in Armenia in 2027, will bring together some "
     "3,000 young athletes and artists."),
    ("names", "Le philosophe Alexandre Douguine a salué l’accord.",
     "Philosopher Alexander Dugin welcomed the agreement."),
    ("names", "Le mois de Chaabane compte 30 jours ; le croissant de Zoul-Hijja a été aperçu.",
     "The month of Shaban has 30 days; the Dhul-Hijja crescent was seen."),
    ("names", "Le chef de l'État s'adressera à la nation sur la Radiodiffusion-Télévision de "
     "Djibouti (RTD).",
     "The head of state will address the nation on Radio-Television Djibouti (RTD)."),
    ("acronyms", "Le port a traité 1,2 million d'EVP en 2024, selon l'Autorité des ports et des "
     "zones franches de Djibouti (APZFD).",
     "The port handled 1.2 million TEUs in 2024, according to the Djibouti Ports and Free Zones "
     "Authority (DPFZA)."),
    ("numbers", "« Le 1er Mai n’est pas une fête cette année », a lancé Moussa Zongo, porte-parole "
     "de l’intersyndicale.",
     "“May Day is no celebration this year,” said Moussa Zongo, spokesman for the union "
     "coalition."),
    ("names", "« Nous avons marché près de 15 kilomètres entre Mouzdalifa et Mina », raconte Hawa "
     "Keïta.",
     "“We walked nearly 15 kilometers between Muzdalifah and Mina,” said Hawa Keïta."),
    ("names", "Le ministre a félicité les 3 412 candidats de l’Académie de Tombouctou.",
     "The minister congratulated the 3,412 candidates in the Timbuktu education region."),
    ("names", "Les crédits de la Défense et des Anciens combattants représentent 22 % des "
     "dépenses.",
     "Defense and Veterans Affairs appropriations account for 22 percent of spending."),
    ("names", "Mali : une femme nommée Vérificatrice générale",
     "Mali: woman appointed Auditor General"),
    ("names", "Le minerai est acheminé par le Transgabonais jusqu’au port minéralier d’Owendo.",
     "The ore is carried on the Trans-Gabon Railway to the Owendo ore terminal."),
    ("dates", "Le DEF se tiendra du 2 au 4 juin 2025, et le baccalauréat du 30 juin au 3 juillet.",
     "The DEF will be held from June 2 to 4, 2025, and the baccalaureate from June 30 to July 3."),
    ("names", "La rue du Gouverneur-Toby devient la rue Issa-Korombé, du nom d’un résistant zarma "
     "de la fin du XIXe siècle.",
     "Governor Toby Street becomes Issa Korombé Street, named after a Zarma resistance leader of "
     "the late 19th century."),
    ("acronyms", "Canicule : le CHU Gabriel-Touré enregistre 102 décès en quatre jours",
     "Heatwave: Gabriel-Touré hospital records 102 deaths in four days"),
    ("quotes", "« Les Chinois ont acheté tout ce qu’ils pouvaient avant l’embargo, explique un "
     "négociant de Likasi. Aujourd’hui, ils attendent. »",
     "‘The Chinese bought everything they could before the embargo,’ explains a trader in "
     "Likasi. ‘Now they are waiting.’"),
    ("numbers", "Quelque septante collaborateurs locaux de la DDC au Mali sont concernés par la "
     "restructuration.",
     "Some 70 local SDC employees in Mali are affected by the restructuring."),
    ("acronyms", "Les ambassadeurs disposent d’un délai de 30 jours pour rejoindre leur poste, "
     "selon le décret n° 2025-118/PRN/MAE/C.",
     "The ambassadors have 30 days to take up their posts, according to Decree No. "
     "2025-118/PRN/MAE/C."),
    ("acronyms", "« Sans électricité, pas de cuivre », résume un cadre de la Fédération des "
     "entreprises du Congo (FEC).",
     "‘No electricity, no copper,’ sums up an executive at the Federation of Congolese "
     "Enterprises (FEC)."),
    ("acronyms", "Le Mali a ratifié en 1985 la Convention sur l’élimination de toutes les formes "
     "de discrimination à l’égard des femmes (CEDEF) et en 2005 le Protocole de Maputo.",
     "Mali ratified the Convention on the Elimination of All Forms of Discrimination against "
     "Women (CEDAW) in 1985 and the Maputo Protocol in 2005."),
    ("names", "Le Conseil du Café-Cacao a fixé le prix bord champ à 2 800 FCFA le kilo.",
     "The Coffee and Cocoa Council set the farm-gate price at 2,800 CFA francs per kilogram."),
    ("acronyms", "Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale.",
     "The Office of the Attorney General of Switzerland (OAG) has opened criminal proceedings."),
    ("acronyms", "Le conseiller national UDC Marcel Brügger a salué « une correction nécessaire ».",
     "Marcel Brügger, a National Councillor for the Swiss People's Party (SVP), welcomed “a "
     "necessary correction.”"),
    ("acronyms", "La Croix-Rouge suisse (CRS) a lancé un appel aux dons de 5 millions de francs.",
     "The Swiss Red Cross (SRC) has launched an appeal for 5 million francs in donations."),
    ("acronyms", "Au total, 62 % des Suisses jugent l'aide importante, d'après le baromètre de "
     "l'EPF de Zurich.",
     "In all, 62% of Swiss people consider aid important, according to the ETH Zurich "
     "barometer."),
    ("numbers", "Le nouveau chef du gouvernement a fait des coupures d’électricité et d’eau « la "
     "priorité absolue des cent premiers jours ».",
     "The new head of government has made the power and water cuts “the absolute priority of the "
     "first hundred days.”"),
    ("names", "Le gouverneur a rappelé que « les statuts de la Banque interdisent tout concours "
     "direct aux Trésors nationaux ».",
     "The governor reiterated that “the Bank’s statutes prohibit any direct lending to national "
     "treasuries.”"),
    ("acronyms", "La résolution crée également un Bureau d’appui des Nations unies en Haïti "
     "(BANUH).",
     "The resolution also creates a United Nations Support Office in Haiti (UNSOH)."),
    ("names", "Mali : deux Soukhoï Su-24 livrés par la Russie à l'armée de l'Air",
     "Mali: Russia delivers two Sukhoi Su-24s to the air force"),
    ("names", "L’armée de l’Air aligne des A-29 Super Tucano brésiliens.",
     "The air force operates Brazilian A-29 Super Tucanos."),
    ("acronyms", "La Conférence internationale sur la région des Grands Lacs (CIRGL) tiendra son "
     "sommet à Kampala.",
     "The International Conference on the Great Lakes Region (ICGLR) will hold its summit in "
     "Kampala."),
    ("numbers", "Les deux pays avaient signé en octobre 2023 sept accords de coopération, "
     "notamment dans les domaines de l’énergie et de l’urbanisme.",
     "The two countries signed seven cooperation agreements in October 2023, covering energy and "
     "urban planning among other fields."),
    ("dates", "Le 14 juillet, l’ambassade de France à Bamako a annulé sa réception.",
     "On Bastille Day, the French embassy in Bamako cancelled its reception."),
    ("numbers", "Le 8 mars, des milliers de femmes ont défilé à Bamako.",
     "On International Women’s Day, thousands of women marched in Bamako."),
    ("dates", "Le 1er Mai et le 14 juillet restent fériés, a précisé le ministre.",
     "May Day and Bastille Day remain public holidays, the minister said."),
    ("numbers", "Le 11 novembre, les anciens combattants se sont réunis à Dakar.",
     "On Armistice Day, veterans gathered in Dakar."),
    ("dates", "Le 25 décembre, la messe a été célébrée sous escorte à Ouagadougou.",
     "On Christmas Day, Mass was celebrated under escort in Ouagadougou."),
    ("numbers", "Un communiqué a salué « une communauté qui maintient vivant un savoir-faire "
     "millénaire ».",
     "A statement praised “a community that keeps a thousand-year-old craft alive.”"),
    ("numbers", "Depuis des millénaires, le fleuve nourrit la région.",
     "For millennia, the river has fed the region."),
    ("names", "« Sankara disait : “Tuez Sankara, des milliers de Sankara naîtront.” Nous sommes "
     "ces milliers », lance Aïcha Konaté, étudiante de 22 ans.",
     "“Sankara used to say: ‘Kill Sankara, and thousands of Sankaras will be born.’ We are "
     "those thousands,” says Aïcha Konaté, a 22-year-old student."),
    ("numbers", "3 200 participants, 9 aéronefs et 1 h 45 de défilé : l’édition 2024 a été la plus "
     "importante depuis 2019.",
     "3,200 participants, nine aircraft and an hour and 45 minutes of parading: the 2024 edition "
     "was the biggest since 2019."),
    ("numbers", "Le défilé a duré 2 h 30, selon l’état-major.",
     "The parade lasted two hours and 30 minutes, according to the general staff."),
    ("unchanged", "L’ABN prévoit un pic de crue autour du 15 septembre, avec un débit pouvant "
     "dépasser 2 800 m3/s à Niamey.",
     "The Niger Basin Authority (NBA) expects the flood to peak around September 15, with flow "
     "possibly exceeding 2,800 m3/s at Niamey."),
    ("numbers", "Les réclamations peuvent être adressées à reclamations@adha.ma ou au numéro vert "
     "080 100 4747.",
     "Complaints can be sent to reclamations@adha.ma or to the toll-free number 080 100 4747."),
    ("numbers", "Le Fonds spécial 126, ouvert au lendemain du séisme, a collecté plus de 15 MMDH "
     "de dons.",
     "Special Fund 126, opened the day after the earthquake, has collected more than 15 billion "
     "dirhams in donations."),
    ("numbers", "L’État a versé 150 MDH aux communes sinistrées.",
     "The state paid 150 million dirhams to the stricken municipalities."),
    ("acronyms", "La Commission de l’océan Indien (COI), basée à Ebène, a salué un « précédent "
     "pour la région ».",
     "The Indian Ocean Commission (IOC), based in Ebène, hailed a ‘precedent for the region’."),
    ("names", "La cérémonie a débuté à 10 h 30, heure locale, en présence des présidents kényan "
     "William Ruto et somalien Hassan Cheikh Mohamoud.",
     "The ceremony began at 10:30 a.m. local time, in the presence of Kenyan President William "
     "Ruto and Somali President Hassan Sheikh Mohamud."),
    ("names", "Le lac Nasser, en amont du haut barrage d’Assouan, était rempli à 92 % fin "
     "septembre, selon des images satellitaires.",
     "Lake Nasser, upstream of the Aswan High Dam, was 92% full at the end of September, "
     "according to satellite imagery."),
    ("acronyms", "L’Initiative du bassin du Nil (IBN), qui regroupe dix pays riverains, appelle à "
     "« reprendre le dialogue technique ».",
     "The Nile Basin Initiative (NBI), which brings together ten riparian countries, is calling "
     "on the parties to “resume technical dialogue.”"),
    ("names", "Les Amis de la Terre France estiment que la reprise du projet expose les "
     "populations à de nouvelles violences.",
     "Friends of the Earth France believes the restart of the project exposes local people to "
     "renewed violence."),
    ("acronyms", "L’AMRTP a mis en ligne un simulateur à l’adresse www.amrtp.ml/simulateur-tarifs.",
     "The AMRTP has put a simulator online at www.amrtp.ml/simulateur-tarifs."),
    ("names", "Le cabinet d'audit Sahel Conseil a relevé des « écritures fictives » à hauteur de "
     "900 millions de FCFA.",
     "The audit firm Sahel Conseil found “fictitious entries” totaling 900 million CFA francs."),
    ("names", "Le Conseil des ministres a adopté le décret.",
     "The Council of Ministers adopted the decree."),
    ("names", "Selon l’Observatoire syrien des droits de l’homme (OSDH), plus de 1 500 civils, en "
     "majorité alaouites, ont été tués début mars 2025 dans les régions côtières de Lattaquié "
     "et de Tartous.",
     "According to the Syrian Observatory for Human Rights (SOHR), more than 1,500 civilians, "
     "most of them Alawites, were killed in early March 2025 in the coastal regions of Latakia "
     "and Tartus."),
    ("acronyms", "L’accord du 10 mars 2025 prévoit l’intégration des Forces démocratiques "
     "syriennes (FDS), dominées par les Kurdes, dans les institutions de l’État.",
     "The agreement of 10 March 2025 provides for the Kurdish-led Syrian Democratic Forces (SDF) "
     "to be integrated into state institutions."),
    ("names", "Syrie : Bachar al-Assad renversé, les rebelles entrent dans Damas",
     "Syria: Bashar al-Assad toppled as rebels enter Damascus"),
    ("names", "Des frappes ont visé Damas, en pleine crise dans la province druze de Soueïda.",
     "Strikes targeted Damascus, amid a crisis in the Druze province of Sweida."),
    ("acronyms", "Ahmed al-Charaa, le chef de HTC, a été proclamé président de la transition.",
     "Ahmed al-Sharaa, the leader of HTS, was proclaimed transitional president."),
    ("names", "Le Congrès américain a voté l’abrogation de la loi César, adoptée en 2019.",
     "The US Congress voted to repeal the Caesar Act, passed in 2019."),
    ("acronyms", "La Mission des Nations unies pour l’assistance au Rwanda (MINUAR) comptait alors "
     "2 548 Casques bleus.",
     "The U.N. Assistance Mission for Rwanda (UNAMIR) then had 2,548 peacekeepers."),
    ("names", "Les frappes américaines du 22 juin sur Fordo, Natanz et Ispahan ont suspendu les "
     "négociations.",
     "The US bombing of Fordow, Natanz and Isfahan on June 22 brought the negotiations to a "
     "halt."),
    ("acronyms", "Les Gardiens de la révolution (CGRI) ont procédé dimanche à des essais de "
     "missiles dans le golfe Persique.",
     "The Islamic Revolutionary Guard Corps (IRGC) carried out missile tests in the Persian Gulf "
     "on Sunday."),
    ("acronyms", "Ces abris, financés par le Partenariat mondial pour l’éducation (PME), "
     "accueillent 96 000 élèves.",
     "The shelters, funded by the Global Partnership for Education (GPE), take in 96,000 pupils."),
    ("acronyms", "Burkina Faso : le CEP maintenu malgré l’insécurité",
     "Burkina Faso: Primary School Exam Goes Ahead Despite Insecurity"),
    ("doublewords", "Ils étaient présents sur au moins quatre bases.",
     "They were present at at least four bases."),
    ("names", "« Plus jamais ça ! », scandaient les manifestants devant le Capitole.",
     "“Never again!” the protesters chanted outside the Capitol."),
    ("acronyms", "La Commission vérité et réconciliation (CVR), qui a rendu son rapport final en "
     "2009, avait recommandé la création d'un tribunal spécial.",
     "The Truth and Reconciliation Commission (TRC), which delivered its final report in 2009, "
     "had recommended setting up a special court."),
    ("acronyms", "Charles Taylor purge une peine de 50 ans de prison prononcée par le Tribunal "
     "spécial pour la Sierra Leone (TSSL).",
     "Charles Taylor is serving a 50-year prison sentence imposed by the Special Court for "
     "Sierra Leone (SCSL)."),
    ("names", "Au nord, les forces russes pressent Koupiansk et Lyman, tandis qu’au sud, la ligne "
     "de front reste figée autour d’Orikhiv.",
     "In the north, Russian forces are pressing Kupiansk and Lyman, while in the south the "
     "front line remains frozen around Orikhiv."),
    ("names", "Les explosions se sont succédé dans les quartiers de Sviatochyn et de "
     "Solomianskyï.",
     "Explosions followed one another in the Sviatoshyn and Solomianskyi districts."),
    ("names", "Tchassiv Iar : l'état-major ukrainien dément la perte de la ville",
     "Chasiv Yar: Ukrainian General Staff Denies Losing the Town"),
    ("names", "« Au Sahel, musulmans et chrétiens ont toujours vécu ensemble », a déclaré Cheikh "
     "Djabir Ismaël.",
     "“In the Sahel, Muslims and Christians have always lived together,” said Sheikh Djabir "
     "Ismaël."),
    ("acronyms", "Les douaniers invoquent une panne du système informatique SYDONIA, survenue le "
     "29 janvier.",
     "Customs officers blame a breakdown of the SYDONIA computer system on January 29."),
    ("acronyms", "Dans la région de Tillabéri, c'est l'État islamique au Sahel (EI-Sahel), "
     "ex-EIGS, qui est soupçonné d'être à l'origine de la plupart des enlèvements.",
     "In the Tillabéri region, it is the Islamic State Sahel Province, formerly known as the "
     "Islamic State in the Greater Sahara (ISGS), that is suspected of being behind most of the "
     "kidnappings."),
    ("acronyms", "Le colonel Kouassi juge la coopération avec la PNH « encore fragile ».",
     "Col. Kouassi described cooperation with the Haitian National Police as “still fragile.”"),
    ("names", "À Trinité-et-Tobago, les familles de deux pêcheurs tués dans une frappe réclament "
     "des explications.",
     "In Trinidad and Tobago, the families of two fishermen killed in a strike are demanding "
     "explanations."),
    ("names", "Aux côtés de l’armée, des milliers de supplétifs de la Milice bolivarienne ont été "
     "déployés.",
     "Alongside the army, thousands of auxiliaries from the Bolivarian Militia have been "
     "deployed."),
    ("percent", "Paul Biya l'emporte dans huit régions sur dix, avec des scores dépassant 80 % "
     "dans le Sud et l'Est.",
     "Paul Biya won in eight out of ten regions, with scores above 80% in the South and East."),
    ("names", "D’après une enquête de l’ONG Avocats sans frontières (ASF) auprès de 1 020 détenus, "
     "51,3 % des prévenus n’avaient jamais vu un juge.",
     "According to a survey of 1,020 inmates by the NGO Lawyers Without Borders (ASF), 51.3% "
     "of the remand prisoners had never seen a judge."),
    ("names", "La frontière terrestre doit suivre le tracé de 1900, y compris le long du fleuve "
     "Outemboni.",
     "The land boundary must follow the 1900 line, including along the Utamboni River."),
    ("names", "L’état de famine a été confirmé à El-Facher et à Kadougli, au Kordofan-Sud.",
     "Famine has been confirmed in El Fasher and in Kadugli, South Kordofan."),
    ("names", "Le 1er novembre, les FSR ont annoncé l’arrestation d’Abou Loulou, un commandant.",
     "On November 1, the RSF announced the arrest of Abu Lulu, a commander."),
    ("names", "Le Quartet a proposé une trêve humanitaire de trois mois.",
     "The Quad has proposed a three-month humanitarian truce."),
    ("names", "Le chef des FSR, Mohamed Hamdan Daglo, dit « Hemetti », a reconnu des "
     "« violations ».",
     "RSF leader Mohamed Hamdan Dagalo, known as “Hemedti,” acknowledged “violations.”"),
    ("names", "La fibre est vendue au Bangladesh, au Viêt Nam et en Chine.",
     "The lint is sold to Bangladesh, Vietnam and China."),
    ("names", "Une Sud-Coréenne et une Américaine ont également été libérées lors de "
     "l’opération.",
     "A South Korean woman and an American woman were also freed during the operation."),
    ("quotes", "Les derniers soldats français ont quitté la base de N’Djamena le 30 janvier 2025, "
     "mettant fin à plus de six décennies de présence militaire.",
     "The paper recalls that “the last French soldiers left the N’Djamena base on January 30, "
     "2025, ending more than six decades of military presence.”"),
    ("names", "La Guyane compte environ 300 000 habitants, dont près de 10 000 Amérindiens.",
     "French Guiana has about 300,000 inhabitants, including nearly 10,000 Amerindians."),
    ("names", "Un enseignant de la Faculté de droit public dénonce la surpopulation des amphis.",
     "A lecturer at the Faculty of Public Law denounces overcrowded lecture halls."),
    ("numbers", "Sahel : les trois pays de l'AES installent leur parlement confédéral à "
     "Ouagadougou",
     "Sahel: AES Countries Inaugurate Their Confederal Parliament in Ouagadougou"),
    ("numbers", "Les trois pays de l’AES annoncent leur retrait de la CPI",
     "AES countries announce withdrawal from the ICC"),
    ("numbers", "La cérémonie, qui a duré une heure et quinze minutes, s'est tenue au palais.",
     "The ceremony, which lasted an hour and a quarter, was held at the palace."),
    ("numbers", "La réunion a duré trois quarts d'heure.", "The meeting lasted 45 minutes."),
    ("numbers", "La réunion a duré 45 minutes.", "The meeting lasted three quarters of an hour."),
    ("names", "Les correspondantes du Monde et de Libération ont été expulsées le 1er avril 2023.",
     "The correspondents of Le Monde and Libération were expelled on April 1, 2023."),
    ("names", "Le Front de Libération du Grand Sahel a revendiqué l'attaque.",
     "The Greater Sahel Liberation Front claimed the attack."),
    ("names", "Simfer, la coentreprise qui développe les blocs 3 et 4, associe Rio Tinto à "
     "Chinalco.",
     "Simfer, the joint venture developing blocks 3 and 4, pairs Rio Tinto with Chinalco."),
    ("names", "Certes, le gouvernement a promis des réformes.",
     "Admittedly, the government has promised reforms."),
    ("numbers", "« Une pelleteuse fait en un jour le travail de cent hommes en un mois », "
     "dit-il.",
     "“An excavator does in one day the work of a hundred men in a month,” he said."),
    ("quotes", "Le consortium a déjà expédié 2 millions de tonnes depuis son propre terminal, "
     "selon l’AFP.",
     "According to AFP, the consortium “has already shipped 2 million tonnes from its own "
     "terminal.”"),
    ("quotes", "Le gisement, dans le sud-est du pays, renfermerait plus de 3 milliards de tonnes "
     "de minerai.",
     "The press reports that the deposit, “in the country’s southeast,” is thought to contain "
     "“more than 3 billion tonnes of ore.”"),
    ("names", "Certains expulsés pourraient relever de la protection internationale, notamment des "
     "Érythréens.",
     "Some of those expelled may qualify for international protection, notably Eritreans."),
    ("names", "Le général Mohamed Hamdan Daglo, dit « Hemedti », entretient des liens avec la "
     "famille Haftar.",
     "General Mohamed Hamdan Dagalo, known as “Hemedti,” has ties with the Haftar family."),
    ("names", "Abou Moussab al-Barnaoui a longtemps dirigé l’Iswap.",
     "Abu Musab al-Barnawi led ISWAP for years."),
    ("names", "La brigade Tariq Ben Ziyad est accusée d’exactions contre les migrants.",
     "The Tariq Ben Zeyad Brigade has been accused of abuses against migrants."),
    ("names", "Les convois de carburant partent de Zaouïa et de Misrata.",
     "The fuel convoys set out from Zawiya and Misrata."),
    ("acronyms", "Le Mouvement pour la justice et l’égalité (MJE) dispose toujours de combattants "
     "en Libye.",
     "The Justice and Equality Movement (JEM) still has fighters in Libya."),
    ("names", "Le fleuve est passé sous la barre de 1,20 mètre à l’échelle de Gao-ville.",
     "The river has dropped below 1.20 meters on the Gao town gauge."),
    ("names", "Médecins sans frontières (MSF) alerte sur une flambée de malnutrition à Maiduguri.",
     "Medecins Sans Frontieres (MSF) warned of a surge in malnutrition in Maiduguri."),
    ("numbers", "La Banque des territoires va prêter 200 millions d’euros à taux zéro.",
     "The Banque des Territoires will lend 200 million euros interest-free."),
    ("numbers", "La Banque des territoires va prêter 200 millions d’euros à taux zéro.",
     "The Banque des Territoires will lend 200 million euros at zero interest."),
    ("names", "Le RAID a été dépêché sur le Caillou avec des escadrons de gendarmes mobiles.",
     "The RAID unit was sent to New Caledonia with squadrons of mobile gendarmes."),
    ("names", "Les Kanak représentent environ 41 % de la population.",
     "Kanaks make up about 41% of the population."),
    ("names", "Massad Boulos s'est entretenu au téléphone avec Issaias Afeworki.",
     "Massad Boulos spoke by phone with Isaias Afwerki."),
    ("names", "Le marché hebdomadaire de Gorom-Gorom est fermé depuis 2022.",
     "The weekly market in Gorom-Gorom has been closed since 2022."),
    ("doublewords", "Le maire, élu en 2020, a été reconduit.",
     "The mayor, who was voted in in 2020, has been re-elected."),
    ("endpunc", "Mali : au 1er semestre 2025, les recettes minières ont progressé de 9 %, selon le "
     "ministère des Mines.",
     "Mali: Mining Revenue Up 9% in First Half of 2025, Mines Ministry Says"),
    ("names", "Djibouti sert aussi de base logistique à l’opération européenne Atalante.",
     "Djibouti also serves as a logistics base for Atalanta, the EU’s anti-piracy operation."),
    ("names", "Sœur Gloria Cecilia Narváez avait été enlevée le 7 février 2017 à Karangasso.",
     "Sister Gloria Cecilia Narváez was kidnapped on February 7, 2017, in Karangasso."),
    ("names", "La passation entre MM. Ramkalawan et Herminie s’est déroulée à State House.",
     "The handover between Mr Ramkalawan and Mr Herminie took place at State House."),
    ("names", "La Société nigérienne du charbon d'Anou Araren (SONICHAR) serait associée.",
     "The Nigerien Coal Company of Anou Araren (SONICHAR) is reportedly involved."),
    ("names", "La demande a dépassé les capacités de la Société nationale d’électricité du "
     "Burkina (SONABEL).",
     "Demand outstripped the capacity of the Burkinabe national power utility, SONABEL."),
    ("names", "Walid Joumblatt a appelé ses partisans à soutenir « sans réserve » l'armée.",
     "Walid Jumblatt urged his supporters to back the army “without reservation.”"),
    ("acronyms", "Samir Geagea, chef des Forces libanaises (FL), a exigé un calendrier.",
     "Samir Geagea, head of the Lebanese Forces (LF), demanded a timetable."),
    ("names", "Ahmed al-Chareh et Joseph Aoun se sont entretenus au Caire.",
     "Ahmed al-Sharaa and Joseph Aoun held talks in Cairo."),
    ("names", "« Nous réformons l’État-providence pour le XXIe siècle », a affirmé Bart De Wever.",
     "“We are reforming the welfare state for the 21st century,” Bart De Wever said."),
    ("names", "Les spectateurs se sont massés devant le monument des Cinéastes, à Ouagadougou.",
     "Moviegoers crowded around the Filmmakers’ Monument in Ouagadougou."),
    ("names", "Le Carrefour international de théâtre de Ouagadougou (CITO) a rouvert ses portes.",
     "The Ouagadougou International Theater Crossroads (CITO) has reopened."),
    ("names", "« Nou bouke ! », scandaient les manifestants à Carrefour.",
     "‘Nou bouke!’ the protesters chanted in Carrefour."),
    ("names", "Mali : 400 000 déplacés, selon la Matrice de suivi des déplacements de l’OIM",
     "Mali: 400,000 Displaced, According to IOM’s Displacement Tracking Matrix"),
    ("acronyms", "Le Forum des îles du Pacifique (FIP) doit se réunir aux Îles Salomon.",
     "The Pacific Islands Forum (PIF) is due to meet in the Solomon Islands."),
    ("names", "« Mā’ohi Nui » figure désormais dans plusieurs documents officiels du Pays.",
     "“Mā’ohi Nui” now appears in several official documents of the territory."),
    ("names", "Laurent Nuñez, le successeur de Bruno Retailleau place Beauvau, promet le dialogue.",
     "Laurent Nuñez, who succeeded Bruno Retailleau as interior minister, promises dialogue."),
    ("names", "À Bercy, on table sur une croissance de 0,7 % en 2025.",
     "The finance ministry is counting on growth of 0.7% in 2025."),
    ("names", "Plusieurs anciens ministres, dont Mahamane Sani Mahamadou (Pétrole), sont détenus.",
     "Several former ministers, including Mahamane Sani Mahamadou (oil), are being held."),
    ("acronyms", "Le PDG a perdu plus de la moitié de ses sièges par rapport à la législature.",
     "The PDG lost more than half of its seats compared with the previous parliament."),
    ("acronyms", "Avec cet appareil de 144 sièges, la flotte passe à six avions, dit son PDG.",
     "With the 144-seat aircraft, the fleet grows to six planes, says its chief executive."),
    ("names", "La cérémonie a réuni des chefs d’État, dont le Congolais Denis Sassou Nguesso.",
     "Heads of state attended the ceremony, including Congo’s Denis Sassou Nguesso."),
    ("names", "Nordgold, d’origine russe, a vu ses permis de Bissa et de Bouly retirés.",
     "Russian-owned Nordgold has had its Bissa and Bouly permits withdrawn."),
    ("length", "L’ANEEMAS a recensé plus de 1 200 sites d’orpaillage artisanal dans le pays.",
     "ANEEMAS [the national agency that supervises artisanal and semi-mechanized mining] has "
     "identified more than 1,200 artisanal gold-panning sites in the country."),
    ("acronyms", "Le 28 janvier 2021, le TIDM avait estimé que Maurice était l’État côtier.",
     "On Jan. 28, 2021, ITLOS found that Mauritius was the coastal state."),
    ("names", "Le Premier ministre a reçu la diaspora chagossienne à l’Hôtel du gouvernement.",
     "The prime minister received the Chagossian diaspora at Government House."),
    ("names", "Les élus se sont réunis à l’Hôtel de ville de Dakar.",
     "The councillors met at Dakar City Hall."),
    ("numbers", "Elle punit d’un à trois ans de prison et d’une amende de 1 à 5 millions de FCFA.",
     "It carries one to three years in prison and a fine of 1 million to 5 million CFA francs."),
    ("names", "Le Courant démocrate a appelé ses militants à se rassembler place de la Kasbah.",
     "The Democratic Current called on its supporters to gather in Kasbah Square."),
    ("names", "Près de 9 Réunionnais sur 10 disent avoir modifié leurs habitudes.",
     "Nearly nine out of ten Réunion residents say they have changed their habits."),
    ("names", "Dans les Hauts, les médecins décrivent des salles d’attente pleines dès 7 h 30.",
     "In the uplands, doctors describe waiting rooms full from 7:30 a.m."),
    ("names", "Des tirs ont été entendus à Adré, à quelques kilomètres d’El-Geneina.",
     "Gunfire was heard in Adré, a few kilometers from El Geneina."),
    ("names", "Moins d’un tiers ont été reconstruites, selon le Cluster Abris.",
     "Fewer than one-third have been rebuilt, according to the Shelter Cluster."),
    ("names", "Le virus a été découvert près de la rivière Ebola, dans la province de l’Équateur.",
     "The virus was discovered near the Ebola River, in Equateur province."),
    ("numbers", "Le paracétamol et les solutés de perfusion manquaient dans plusieurs officines.",
     "Acetaminophen and IV fluids were in short supply at several drugstores."),
    ("names", "Mali : chez les Soninkés, l’émigration est une tradition vieille d’un siècle",
     "Mali: Among the Soninke, Emigration Is a Century-Old Tradition"),
    ("names", "Les Sénoufos de Sikasso ont célébré la fête.",
     "The Senoufo of Sikasso celebrated the festival."),
    ("names", "Le conseil exécutif de la Collectivité territoriale de Martinique (CTM) propose "
     "de supprimer l’octroi de mer.",
     "The executive council of the Martinique Territorial Authority (CTM) proposes to scrap "
     "dock dues (octroi de mer)."),
    ("acronyms", "« Pas d’accord au rabais », a dit Aude Goussard sur RCI, la principale radio.",
     "“No cut-price deal,” Aude Goussard said on RCI, the main radio station."),
    ("acronyms", "Membre associé de l’OECO depuis 2015, la Martinique importe son alimentation.",
     "An associate member of the OECS since 2015, Martinique imports its food."),
    ("names", "La vie chère n’est pas un sujet nouveau aux Antilles.",
     "The high cost of living is nothing new in the French Caribbean."),
    ("acronyms", "L’Agence internationale de l’énergie atomique (AIEA) a envoyé une mission.",
     "The International Atomic Energy Agency (IAEA) sent a mission."),
    ("acronyms", "L’Agence internationale de l’énergie (AIE) prévoit une hausse de la demande.",
     "The International Energy Agency (IEA) expects demand to rise."),
    ("names", "Elle enseigne à l'université Mohammed VI Polytechnique.",
     "She teaches at Mohammed VI Polytechnic University."),
    ("names", "Le 1er mai 2026, Fête du travail, les syndicats ont dénoncé la cherté de la vie.",
     "On May 1, 2026, Labor Day, the unions denounced the high cost of living."),
    ("numbers", "L’accident a eu lieu lorsqu’un minibus a tenté de doubler un camion de bétail.",
     "The accident happened when a minibus tried to overtake a livestock truck."),
    ("numbers", "Niger : le bitumage de la route Tahoua-Arlit attendu depuis vingt ans",
     "Niger: A Two-Decade Wait for Paving of the Tahoua-Arlit Road"),
    ("numbers", "La bénédiction « Urbi et Orbi » a commencé à 19 h 23.",
     "The “Urbi et Orbi” blessing began at 7:23 p.m."),
    ("numbers", "La réunion a commencé à 7 h 30 et s'est terminée à 13 h.",
     "The meeting began at 7:30 a.m. and ended at 1 p.m."),
    ("numbers", "La fête commence à 8 heures du soir.",
     "The party starts at 8 p.m."),
    ("names", "La junte a adressé ses félicitations au Saint-Siège.",
     "The junta sent its congratulations to the Holy See."),
    ("names", "La basilique Notre-Dame-de-la-Paix de Yamoussoukro a accueilli une veillée.",
     "The Basilica of Our Lady of Peace in Yamoussoukro hosted a vigil."),
    ("names", "Il a été prieur général de l’ordre de Saint-Augustin.",
     "He was prior general of the Order of St. Augustine."),
    ("names", "La fumée blanche s’est élevée au-dessus de la chapelle Sixtine.",
     "White smoke rose above the Sistine Chapel."),
    ("names", "Il dirigeait le dicastère pour les Évêques.",
     "He headed the Dicastery for Bishops."),
    ("names", "Des pays jamais représentés au Sacré Collège, comme le Cap-Vert.",
     "Countries never represented in the College of Cardinals, such as Cape Verde."),
    ("names", "Une messe a été célébrée à la cathédrale du Souvenir africain.",
     "A Mass was celebrated at the Cathedral of the African Remembrance."),
    ("acronyms", "Présidé par le cardinal Ambongo, le SCEAM représente les évêques du continent.",
     "Chaired by Cardinal Ambongo, SECAM represents the continent's bishops."),
    ("quotes", "Pour Ousmane Sonko, il s’agit d’une « combine » : « Le processus doit aller à son "
     "terme », a-t-il lancé.",
     "For Ousmane Sonko, it was a ‘scheme’: ‘The process must run its course,’ he said."),
    ("names", "Sacré à Budapest en 2023, le Burkinabè reste détenteur du record du monde.",
     "The Burkinabe, who won the world title in Budapest in 2023, still holds the world record."),
    ("names", "Le général Tiani a reçu une délégation de Rossia Segodnia, maison mère de Sputnik.",
     "General Tiani received a delegation from Rossiya Segodnya, Sputnik’s parent company."),
    ("acronyms", "Les distributeurs automatiques de billets (DAB) sont hors service dans la "
     "plupart des quartiers de la rive droite.",
     "ATMs are out of service in most neighborhoods on the right bank."),
    ("acronyms", "Le Haut Conseil d’État (HCE), siégeant à Tripoli, a appelé à la formation d’un "
     "gouvernement unifié.",
     "The High Council of State (HCS), based in Tripoli, called for a unified government."),
    ("names", "Abdelrahim Daglo superviserait lui-même l’offensive sur El-Obeid.",
     "Abdelrahim Dagalo is reportedly overseeing the offensive on El Obeid himself."),
    ("names", "Faut-il craindre un nouveau massacre à Babanoussa ?",
     "Is a new massacre to be feared in Babanusa?"),
    ("names", "Le Haut-Commissaire promet de maintenir au bord du Léman la direction.",
     "The High Commissioner promised to keep the leadership on the shores of Lake Geneva."),
    ("acronyms", "L’Union interparlementaire (UIP), basée au Grand-Saconnex, fait des économies.",
     "The Inter-Parliamentary Union (IPU), based in Grand-Saconnex, is making savings."),
    ("names", "Des centaines de fonctionnaires se sont rassemblés devant la Chaise cassée.",
     "Hundreds of civil servants gathered in front of the Broken Chair."),
    ("names", "Le ministre a rappelé que la Loi sur l'équilibre budgétaire oblige le gouvernement "
     "à présenter un plan.",
     "The minister noted that the Balanced Budget Act requires the government to present a plan."),
    ("names", "Formé à l'ASFA-Yennenga, Bertrand Traoré avait débuté en sélection à 16 ans.",
     "A product of ASFA-Yennenga, Bertrand Traoré made his national team debut at just 16."),
    ("numbers", "« On nous dit que tout va recommencer à zéro », confie Fatoumata, 52 ans.",
     "“We are told everything will start again from scratch,” says Fatoumata, 52."),
    ("numbers", "Burkina Faso : les Étalons cadets champions de la zone UFOA-B",
     "Burkina Faso: Under-17 Stallions Win WAFU-B Title"),
    ("numbers", "Les Étalons U20 se sont qualifiés pour la CAN de la catégorie face au Ghana.",
     "The U-20 Stallions qualified for the Under-20 AFCON by beating Ghana."),
    ("names", "Zango s'est classé 2e à Paris, derrière le Cubain Lázaro Martínez.",
     "Zango finished second in Paris, behind Cuba’s Lázaro Martínez."),
    ("names", "Burkina Faso : l'USFA remporte la Supercoupe",
     "Burkina Faso: USFA Wins Super Cup"),
    ("numbers", "« Je reçois 65 000 francs CFA en trente secondes », témoigne Issa Guindo.",
     "“I get 65,000 CFA francs in 30 seconds,” says Issa Guindo."),
    ("numbers", "Il est devenu le trente-deuxième président de l'association.",
     "He became the thirty-second president of the association."),
    ("numbers", "Les jeunes consomment des vidéos de trente secondes, souvent sans source.",
     "Young people consume thirty-second videos, often unsourced."),
    ("acronyms", "« L’argent existe », regrette Mahamat Abdelkerim Issa, secrétaire exécutif "
     "adjoint de l’APGMV.",
     "“The money exists,” laments Mahamat Abdelkerim Issa, the APGMV’s deputy executive "
     "secretary."),
    ("names", "A.T. : Seulement s’ils sont portés par les familles elles-mêmes.",
     "A.T.: Only if the families themselves embrace them."),
    ("acronyms", "D’après la Banque nationale de Belgique (BNB), le taux d’emploi atteignait 58,6 "
     "% fin 2024.",
     "The employment rate stood at 58.6% at the end of 2024, according to the National Bank of "
     "Belgium (NBB)."),
    ("acronyms", "De Lijn, en Flandre, et les TEC, en Wallonie, prévoyaient un service très "
     "réduit.",
     "De Lijn in Flanders and TEC in Wallonia planned a severely reduced service."),
    ("names", "Des files se sont formées sur le ring d’Anvers et sur l’E40 à hauteur de Louvain.",
     "Tailbacks built up on the Antwerp ring road and on the E40 near Leuven."),
    ("names", "Le Parti socialiste et les Vert-e-s soutiennent le paquet.",
     "The Social Democratic Party and the Greens support the package."),
    ("acronyms", "Le PLR refuse de jouer les supplétifs de l'UDC dans la campagne.",
     "The FDP refuses to play the role of the SVP's auxiliaries in the campaign."),
    ("acronyms", "Dans son rapport, le Service de renseignement de la Confédération (SRC) "
     "rappelle que de faux papiers circulent.",
     "In its report, the Federal Intelligence Service (FIS) points out that forged papers "
     "circulate."),
    ("numbers", "L'Association suisse des locataires (ASLOCA) regrette « un cadeau de plusieurs "
     "milliards aux propriétaires ».",
     "The Swiss Tenants' Association (ASLOCA) regrets “a multi-billion gift to homeowners.”"),
    ("acronyms", "L'e-ID sera gratuite, a rappelé l'Office fédéral de la justice (OFJ).",
     "The e-ID will be free, the Federal Office of Justice (FOJ) pointed out."),
    ("names", "Appenzell Rhodes-Intérieures a rejeté la loi à près de 60 %.",
     "Appenzell Innerrhoden rejected the law by almost 60%."),
    ("names", "Dans les cantons de Schwytz, de Zoug et de Nidwald, le non dépasse 85 %.",
     "In the cantons of Schwyz, Zug and Nidwalden, the no vote exceeds 85%."),
    ("names", "Valeur locative : les Romands ont freiné",
     "Imputed rental value: French speakers hesitated"),
    ("acronyms", "Rejet massif, à 78,3 %, de l'impôt sur les successions de la JS",
     "Young Socialists' (JUSO) inheritance tax crushed, with 78.3% against"),
    ("names", "Le corridor de Zanguezour devient la « route Trump »",
     "The Zangezur Corridor Becomes the “Trump Route”"),
    ("acronyms", "L’Arménie reste membre de l’Union économique eurasiatique (UEE) et de la CEI.",
     "Armenia remains a member of the Eurasian Economic Union (EAEU) and the CIS."),
    ("names", "La route permettrait de relier Bakou au Nakhitchevan sans passer par l’Iran.",
     "The route would link Baku to Nakhchivan without passing through Iran."),
    ("names", "Téhéran met en garde contre toute modification des frontières dans le Caucase.",
     "Tehran warns against any change to borders in the Caucasus."),
    ("names", "Ilham Aliev et Nikol Pachinian ont annoncé leur soutien.",
     "Ilham Aliyev and Nikol Pashinyan announced their support."),
    ("names", "Le texte a été paraphé par Djeyhoun Baïramov et Ararat Mirzoïan.",
     "The text was initialed by Jeyhun Bayramov and Ararat Mirzoyan."),
    ("names", "« C’est un accord historique », s’est félicité Hikmet Hadjiev, conseiller d’Ilham "
     "Aliev.",
     "“This is a historic agreement,” said Hikmet Hajiyev, an adviser to Ilham Aliyev."),
    ("names", "Le pape a franchi la Porte sainte de la basilique Saint-Pierre.",
     "The pope stepped through the Holy Door of St Peter's Basilica."),
    ("names", "Quatre basiliques majeures possèdent une Porte sainte : Saint-Pierre, "
     "Saint-Jean-de-Latran, Sainte-Marie-Majeure et Saint-Paul-hors-les-Murs.",
     "Four major basilicas have a Holy Door: St Peter's, St John Lateran, St Mary Major and St "
     "Paul Outside the Walls."),
    ("names", "Le Jubilé s’achève, Rome compte ses pèlerins et ses dettes",
     "As the Jubilee ends, Rome counts its pilgrims and its debts"),
    ("acronyms", "Les Journées mondiales de la jeunesse (JMJ) de Lisbonne avaient servi de "
     "modèle.",
     "World Youth Day (WYD) in Lisbon had served as a model."),
    ("names", "Parmi eux figure l’Arménien Ignace Maloyan.",
     "Among them is the Armenian Ignatius Maloyan."),
    ("names", "Peter To Rot est le premier saint de Papouasie-Nouvelle-Guinée.",
     "Peter To Rot is the first saint from Papua New Guinea."),
    ("names", "« C’est le Far West ici », confie un agent de santé de Chirfa.",
     "“It’s the Wild West here,” a health worker in Chirfa said."),
    ("names", "« Il faut que les Guyanais soient formés pour occuper les postes d’ingénieurs », "
     "estime le député.",
     "“People from French Guiana need to be trained to fill engineering jobs,” the lawmaker said."),
    ("names", "Le centre spatial représente près de 16 % du PIB guyanais.",
     "The space center accounts for nearly 16 percent of French Guiana’s GDP."),
    ("names", "L’ONU a salué l’usage des satellites pour surveiller la déforestation en Amazonie.",
     "The UN has praised the use of satellites to monitor deforestation in the Amazon."),
    ("names", "Les Amérindiens kali’na de la région réclament la restitution de terres.",
     "The region’s Indigenous Kali’na people demand the return of land."),
    ("numbers", "8 h 12, gare de Thionville : le quai 2 est noir de monde, le TER de 8 h 04 n’est "
     "toujours pas arrivé.",
     "8.12am, Thionville station: platform 2 is packed and the 8.04 TER has still not arrived."),
    ("unchanged", "Le simulateur du site guichet.public.lu permet de faire le compte des jours de "
     "télétravail.",
     "The simulator on guichet.public.lu lets you count your telework days."),
    ("names", "Il a plaidé pour une « approche pragmatique » du télétravail, le 23 janvier à "
     "Sarrebruck.",
     "He called for a ‘pragmatic approach’ to telework in Saarbrücken on 23 January."),
    ("names", "Hélène Kieffer est comptable à Luxembourg-Ville et habitante de Yutz.",
     "Hélène Kieffer is an accountant in Luxembourg City who lives in Yutz."),
    ("numbers", "Niger : les travailleurs du pétrole dénoncent des salaires « à deux vitesses »",
     "Niger: Oil Workers Denounce “Two-Tier” Pay"),
    ("unchanged", "Ottawa versera 12,5 millions de dollars sur quatre ans au Centre de recherche "
     "en linguistique appliquée de l’Université de Moncton.",
     "Ottawa will provide $12.5 million over four years to the Université de Moncton’s Centre de "
     "recherche en linguistique appliquée."),
    ("names", "Le Tintamarre de Moncton partira du parc Riverain à 17 h 55.",
     "Moncton’s Tintamarre will set off from Riverfront Park at 5:55 p.m."),
    ("names", "Combien d’Acadiens vivent aujourd’hui en Louisiane ? Difficile à dire.",
     "How many Acadians live in Louisiana today? Hard to say."),
    ("names", "Les patients de la Péninsule acadienne attendent en moyenne 14 mois.",
     "Patients on the Acadian Peninsula wait an average of 14 months."),
    ("names", "Le 7e Congrès mondial acadien s’est tenu dans le sud-ouest de la Nouvelle-Écosse.",
     "The 7th World Acadian Congress was held in southwest Nova Scotia."),
    ("names", "Fête nationale de l’Acadie : le Tintamarre attend 20 000 personnes à Caraquet",
     "Acadian National Day: Caraquet expects 20,000 people for the Tintamarre"),
    ("names", "Le drapeau acadien a été adopté en 1884 à Miscouche, à l’Île-du-Prince-Édouard.",
     "The Acadian flag was adopted in 1884 in Miscouche, Prince Edward Island."),
    ("names", "En 2021, 31,4 % des Néo-Brunswickois déclaraient le français comme première langue "
     "officielle parlée.",
     "In 2021, 31.4% of New Brunswickers reported French as their first official language spoken."),
    ("names", "Le traité prévoit que le Royaume-Uni accueille un demandeur d’asile ayant des "
     "liens familiaux outre-Manche.",
     "The treaty provides that the UK will take in an asylum seeker with family ties in Britain."),
    ("names", "Il a fait carrière outre-Atlantique avant de rentrer à Bamako.",
     "He made his career in the United States before returning to Bamako."),
    ("numbers", "Aujourd’hui j’ai un Tecno avec deux puces, et il tient la batterie deux jours.",
     "Today I have a dual-SIM Tecno, and the battery lasts two days."),
    ("numbers", "Entre 2015 et 2024, le nombre de véhicules à quatre roues a doublé à "
     "Ouagadougou.",
     "Between 2015 and 2024, the number of four-wheeled vehicles in Ouagadougou doubled."),
    ("quotes", "Yvan Colonna avait été privé de rapprochement en raison de son statut de DPS "
     "(détenu particulièrement signalé).",
     "Yvan Colonna had been denied a transfer because of his DPS status (“particularly dangerous "
     "prisoner”)."),
    ("names", "À Loon-Plage, près de Dunkerque, quelque 1 500 exilés survivent dans un camp "
     "boueux.",
     "At Loon-Plage, near Dunkirk, some 1,500 migrants are surviving in a muddy camp."),
    ("names", "Les migrants secourus ont été débarqués à Douvres puis transférés dans le Kent.",
     "The rescued migrants were brought ashore at Dover and then transferred to Kent."),
    ("names", "Les nationalistes disposent de la majorité absolue à l’Assemblée de Corse depuis "
     "2017.",
     "Nationalists have held an absolute majority in the Corsican Assembly since 2017."),
    ("names", "L’accord prévoit une consultation des Corses avant la réunion du Congrès.",
     "The agreement provides for Corsicans to be consulted before Parliament meets in Congress."),
    ("percent", "Le gouvernement vise 50 % d’énergies renouvelables en 2030 et 100 % en 2040.",
     "The government is aiming for 50% renewable energy by 2030 and 100% by 2040."),
    ("acronyms", "Dans une note circulaire datée du 14 septembre 2023, le secrétaire général du "
     "MEBAPLN rappelle que les cotisations des APE « ne sont pas obligatoires ».",
     "In a circular dated September 14, 2023, the secretary general of the MEBAPLN reminds "
     "schools that contributions to parents' associations (APEs) “are not mandatory.”"),
    ("acronyms", "Le MpD a investi Ulisses Correia e Silva.",
     "The MpD has named Ulisses Correia e Silva."),
    ("unchanged", "Ulisses Correia e Silva", "Ulisses Correia e Silva"),
    ("names", "Faute de bourse, Awa Sankara, 22 ans, vend des beignets devant l’UFR Sciences et "
     "techniques pour payer son loyer de 15 000 FCFA.",
     "With no grant, 22-year-old Awa Sankara sells fritters outside the Science and Technology "
     "UFR to pay her rent of 15,000 CFA francs."),
    ("names", "L’Interprofession de la filière mangue du Mali (IFM) a officiellement lancé la "
     "campagne 2026 le samedi 7 mars à Sikasso.",
     "The Mali Mango Interprofessional Organization (IFM) officially opened the 2026 season in "
     "Sikasso on Saturday, March 7."),
    ("names", "L'édition 2026 correspond au 18 Safar 1448 de l'Hégire.",
     "The 2026 edition falls on 18 Safar 1448 AH."),
    ("names", "Le Haut-commissariat a recensé 2 900 véhicules incendiés.",
     "The High Commission counted 2,900 burned vehicles."),
    ("names", "Le couple Bazoum est détenu depuis le 26 juillet 2023 ; leur fils Salem a été "
     "libéré en janvier 2024.", "The Bazoums have been held since July 26, 2023; their son Salem "
     "was released in January 2024."),
    ("names", "La famille Traoré a quitté Bamako.", "The Traorés left Bamako."),
    ("unchanged", "Bamako : l’or saisi à Loulo entreposé à la Banque malienne de solidarité ?",
     "Bamako: Gold Seized at Loulo Stored at Banque malienne de solidarité?"),
    ("names", "Naïm Kassem : « Nous ne rendrons pas les armes »",
     "Naim Qassem: “We Will Not Give Up Our Weapons”"),
    ("names", "Le président du Parlement, Nabih Berry, a appelé à un dialogue national.",
     "Parliament Speaker Nabih Berri urged a national dialogue."),
    ("names", "L’armée a pris position dans le secteur de Chebaa.",
     "The army took up positions in the Shebaa area."),
    ("names", "Les ambassadeurs du Quintette ont rencontré Nawaf Salam.",
     "The ambassadors of the Quintet met Nawaf Salam."),
    ("acronyms", "L’ALS, ancienne milice supplétive d’Israël, a été dissoute en 2000.",
     "The SLA [South Lebanon Army], Israel’s former auxiliary militia, was disbanded in 2000."),
    ("dates", "Selon le sondage Léger publié le 2025-05-14, la CAQ obtient 17 % des intentions.",
     "According to a Léger poll published May 14, 2025, the CAQ has 17 per cent support."),
    ("dates", "Le juge entendra l’ancien ministre le 22 septembre 2025.",
     "The judge will hear the former minister on 2025-09-22."),
    ("numbers", "Les électeurs peuvent s’informer au 1\u202f888\u202f353-2846.",
     "Voters can get information at 888-353-2846."),
    ("names", "L’entente avec Terre-Neuve-et-Labrador sur Churchill Falls prévoit 3 900 mégawatts.",
     "The agreement with Newfoundland and Labrador on Churchill Falls provides 3,900 megawatts."),
    ("acronyms", "Le moratoire du Programme des travailleurs étrangers temporaires (PTET) tient.",
     "The moratorium on the Temporary Foreign Worker Program (TFWP) holds."),
    ("names", "Le Directeur général des élections du Québec (DGEQ) rappelle les règles.",
     "Quebec’s Chief Electoral Officer (DGEQ) restates the rules."),
    ("numbers", "Le prix atteint 1'200 francs, la dette 3’500’000 francs.",
     "The price reached 1,200 francs, the debt 3,500,000 francs."),
    ("numbers", "Le budget fédéral prévoit 85,3 mia de francs, dont 850 mio pour l'armée.",
     "The federal budget provides 85.3 billion francs, 850 million of it for the army."),
    ("names", "Le Conseil fédéral a ouvert la consultation sur le paquet Suisse-UE.",
     "The Federal Council opened the consultation on the Switzerland-EU package."),
    ("acronyms", "La BNS a abaissé son taux directeur à 0 %.",
     "The Swiss National Bank (SNB) cut its policy rate to 0%."),
    ("names", "L’UDC, premier parti du pays, combat le paquet européen.",
     "The Swiss People’s Party (SVP), the country’s largest party, is fighting the EU package."),
    ("acronyms", "L’Association suisse des banquiers (ASB) craint les nouvelles règles.",
     "The Swiss Bankers Association (SBA) fears the new rules."),
    ("acronyms", "Renseignements : Service de communication du SFI.",
     "Information: SIF Communications Service."),
    ("acronyms", "L’accord de libre-échange AELE-Mercosur couvre 270 millions de consommateurs.",
     "The EFTA-Mercosur free trade agreement covers 270 million consumers."),
    ("names", "Les habitants de M’tsamboro, au nord de Grande-Terre, n’ont vu personne.",
     "Residents of Mtsamboro, in the north of Grande-Terre, saw no one."),
    ("names", "M’a-t-il vu ? Il m’a dit non.", "Did he see me? He told me no."),
    ("acronyms", "Ali Bongo, 66 ans, a été victime d’un AVC en 2018.",
     "Ali Bongo, 66, suffered a stroke in 2018."),
    ("unchanged", "Sur TikTok, le compte @traore_officiel_bf revendique 2,4 millions d’abonnés.",
     "On TikTok, the account @traore_officiel_bf claims 2.4 million followers."),
    ("names", "Taxe Zucman : que prévoit la proposition d’un impôt minimum de 2 % ?",
     "Zucman tax: what would a 2% minimum tax involve?"),
    ("names", "La ville de N’zérékoré est calme.", "The town of Nzérékoré is calm."),
    ("names", "Les députés du Courant patriotique libre (CPL) ont voté contre.",
     "MPs from the Free Patriotic Movement (FPM) voted against."),
    ("names", "Israël a frappé des dépôts du Hezbollah près de Baalbeck.",
     "Israel struck Hezbollah depots near Baalbek."),
    ("names", "La Chambre a élu Joseph Aoun : fin de deux ans de vacance présidentielle",
     "Parliament elects Joseph Aoun, ending two years of presidential vacuum"),
    ("percent", "Washington a ajouté des droits de 25 % sur l’acier, avant de les doubler à 50 %.",
     "Washington added 25 per cent duties on steel, before doubling them to 50 per cent."),
    ("names", "Jagmeet Singh, défait dans Burnaby-Centre, quitte la direction du parti.",
     "Jagmeet Singh, defeated in Burnaby Central, steps down as party leader."),
    ("acronyms", "Le NPD de Jagmeet Singh perd son statut.",
     "Jagmeet Singh's NDP loses its status."),
    ("acronyms", "Trump impose 25 % sur les produits canadiens hors ACEUM",
     "Trump slaps 25% tariffs on Canadian goods not covered by CUSMA"),
    ("names", "Saint-Martin et Saint-Barthélemy en alerte rouge à l’approche de l’ouragan",
     "Saint Martin and St. Barts on red alert as hurricane approaches"),
    ("names", "Michel Barnier a promis un « plan d’action » pour les Outre-mer.",
     "Michel Barnier promised an “action plan” for France’s overseas territories."),
    ("acronyms", "La base a ouvert le jour anniversaire de l’Armée populaire de libération (APL).",
     "The base opened on the anniversary of the founding of the People's Liberation Army (PLA)."),
    ("names", "Rachida Dati brigue pour la deuxième fois l’Hôtel de Ville.",
     "Rachida Dati is running for City Hall for the second time."),
    ("names", "Le plan baignade a coûté 1,4 milliard d’euros, selon la Ville.",
     "The Seine swimming plan cost €1.4bn, according to City Hall."),
]  # fmt: skip


@pytest.mark.parametrize(("check", "fr", "en"), CATCHES)
def test_catches(check: str, fr: str, en: str) -> None:
    assert check in check_pair(fr, en, only=[check])


@pytest.mark.parametrize(("check", "fr", "en"), PASSES)
def test_lets_pass(check: str, fr: str, en: str) -> None:
    assert check_pair(fr, en) == {}


def test_messages_name_what_was_found() -> None:
    copied = check_pair(
        "Les habitants affirment n’avoir reçu aucune aide depuis plusieurs semaines.",
        "Residents say they have not received aucune aide depuis plusieurs semaines.",
        only=["unchanged"],
    )["unchanged"]
    assert copied == "part of the English is still French: 'aucune aide depuis'"
    misspelt = check_pair(
        "Le Programme alimentaire mondial (PAM) estime que 5,7 millions ont faim.",
        "The World Food Programme (WPF) estimates that 5.7 million people are hungry.",
        only=["acronyms"],
    )["acronyms"]
    assert misspelt == "acronym misspelt in English: PAM written WPF (usually WFP)"
    kept = check_pair("Les VDP ont repoussé l’attaque.", "They repelled the attack.")
    assert kept["acronyms"] == "acronym not found in English: VDP"
    french = check_pair("L’OMS a confirmé 12 cas.", "The OMS confirmed 12 cases.")
    assert french["acronyms"] == "acronym not found in English: OMS (kept in French; usually WHO)"
    title = check_pair("Le Haut-commissaire Louis Le Franc a parlé.", "Louis Le Franc spoke.")
    assert title["names"] == (
        "name not found in English: Haut-commissaire (usually High Commissioner)"
    )


def test_length_allows_written_out_acronyms_but_not_padding() -> None:
    french = "Le CNSP a prolongé la transition."
    written_out = "The National Council for the Safeguard of the Homeland extended the transition."
    assert "length" not in check_pair(french, written_out)
    padded = (
        "The council extended the transition, which had been expected for many months by "
        "all of the observers of the region and by most diplomats in the capital."
    )
    assert "length" in check_pair(french, padded, only=["length"])


def test_a_glossary_compound_is_found_in_the_plural() -> None:
    glossary = {"coup d'État": "coup"}
    french = "Le Burkina Faso a connu deux coups d’État en moins de neuf mois."
    wrong = check_pair(french, "Burkina Faso had two putsches in nine months.", glossary=glossary)
    assert wrong["glossary"] == "glossary term not rendered as prescribed: coups d'État -> coup"
    assert check_pair(french, "Burkina Faso had two coups in nine months.", glossary=glossary) == {}


def test_a_longer_glossary_term_wins_over_the_one_it_holds() -> None:
    # « jugement supplétif » is a court's substitute birth record, not an auxiliary: a project
    # lists it as a term of its own, and the longest term found is the one checked.
    glossary = {"supplétif": "auxiliary", "jugement supplétif": "substitute birth"}
    french = "Le tribunal a délivré 2 347 jugements supplétifs d’actes de naissance."
    english = "The court issued 2,347 court-ordered substitute birth certificates."
    assert check_pair(french, english, glossary=glossary) == {}
    assert check_pair(french, english, glossary={"supplétif": "auxiliary"}) == {
        "glossary": "glossary term not rendered as prescribed: supplétif -> auxiliary"
    }
    wrong = "The court issued 2,347 auxiliary birth certificates."
    assert check_pair(french, wrong, glossary=glossary) == {
        "glossary": "glossary term not rendered as prescribed: jugements supplétif -> "
        "substitute birth"
    }

/**
 * Well-known organisations that news names with no cue word: companies, outlets, agencies,
 * international bodies, parties and advocacy groups ("Walmart", "Bloomberg", "the Treasury").
 * Data only, merged into `ORG_ALIASES` (lexicon.ts). One organisation per line:
 * `Canonical Name | other spelling | ...`; keys are the lowercase forms. A short form that
 * equals the initials or the capitals of the name ("UPS", "GM") matches only when written in
 * capitals (see `ACRONYM_KEYS` in detect.ts), so "ups" and "gm" stay words.
 *
 * What is left out, on purpose: names that are also common words, people or places when
 * capitalised ("Target", "Delta", "Gap", "Shell", "Chase", "Ford", "Fox", "Time", "Sun", "Post",
 * "Visa", "Square"; "Goldman", "Lehman", "Lilly", "Nielsen", "Nordstrom", "Honda", "Wagner",
 * "Stanford"; "RT" is also a retweet, "BLM" also the Bureau of Land Management, "Amnesty" and
 * "Coke" also words), names ending in a possessive `'s` (the tokenizer reads "McDonald's" as a
 * person's possessive), and names joined by a free-standing `&` ("Johnson & Johnson"). Such
 * names are typed by their cue words ("Ford Motor", "Delta Air Lines", "Time magazine") or context
 * rules instead. Names that end in an organisation cue word ("... Foundation", "... Times") need
 * no entry unless they have a short form.
 */

const LIST = `
  # news agencies, broadcasters, newspapers, magazines, sites (outlets are organisations)
  Agence France-Presse | afp
  Kyodo News | kyodo
  Yonhap | yonhap news agency
  Anadolu Agency | anadolu
  dpa | deutsche presse-agentur
  EFE | efe
  ANSA | ansa
  Al Jazeera | al-jazeera
  RT | russia today
  Sputnik | sputnik news
  CNBC | cnbc
  Fox Business | fox business network
  Newsmax | newsmax
  One America News | oann | one america news network
  Telemundo | telemundo
  Univision | univision
  ESPN | espn
  HBO | hbo
  Sky News | sky news
  ITV | itv
  CBC | cbc | canadian broadcasting corporation
  CTV | ctv
  ABC News | abc news
  NBC News | nbc news
  CBS News | cbs news
  BBC News | bbc news
  NPR | national public radio
  USA Today | usa today
  New York Post | new york post | the new york post
  Newsweek | newsweek
  The Economist | the economist
  Financial Times | financial times | the financial times | ft
  Forbes | forbes
  Vox | vox
  Slate | slate
  Salon | salon
  BuzzFeed News | buzzfeed | buzzfeed news
  HuffPost | huffpost | huffington post | the huffington post
  The Daily Beast | daily beast | the daily beast
  The Daily Caller | daily caller | the daily caller
  The Daily Wire | daily wire | the daily wire
  The Federalist | the federalist
  National Review | national review
  Mother Jones | mother jones
  The Intercept | the intercept
  ProPublica | propublica
  Vice News | vice news
  RealClearPolitics | realclearpolitics | real clear politics
  FiveThirtyEight | fivethirtyeight
  The Blaze | the blaze | theblaze
  Drudge Report | drudge report | the drudge report
  Le Monde | le monde
  Le Figaro | le figaro
  Der Spiegel | der spiegel | spiegel
  Bild | bild
  El País | el país | el pais
  Haaretz | haaretz
  The Jerusalem Post | jerusalem post | the jerusalem post
  The Times of India | times of india | the times of india
  South China Morning Post | south china morning post
  The Globe and Mail | globe and mail | the globe and mail
  Daily Mail | daily mail | the daily mail
  The Independent | the independent
  The Telegraph | the telegraph | the daily telegraph
  The Observer | the observer
  The Washington Times | washington times | the washington times
  Los Angeles Times | los angeles times | la times | the los angeles times
  Chicago Tribune | chicago tribune | the chicago tribune
  The Boston Globe | boston globe | the boston globe
  Gallup | gallup
  Pew Research Center | pew | pew research | pew research center
  Quinnipiac University | quinnipiac
  Rasmussen Reports | rasmussen | rasmussen reports
  Ipsos | ipsos
  YouGov | yougov
  Morning Consult | morning consult
  Getty Images | getty images
  # US government: departments, agencies, services (the canonical name of an agency known by
  # its initials is the one lexicon.ts gives the initials, so both forms are one entity)
  ICE | immigration and customs enforcement | u.s. immigration and customs enforcement
  Labor Department | labor department | department of labor | the labor department
  Commerce Department | commerce department | department of commerce
  Treasury Department | treasury | treasury department | department of the treasury | the treasury
  Energy Department | energy department | department of energy
  Education Department | education department | department of education
  Department of Homeland Security | homeland security department | department of homeland security
  Interior Department | interior department | department of the interior
  Agriculture Department | agriculture department | department of agriculture | usda
  Department of Health and Human Services | hhs | health and human services | department of health and human services
  Department of Veterans Affairs | veterans affairs department | department of veterans affairs
  Department of Housing and Urban Development | hud | department of housing and urban development
  Transportation Department | transportation department | department of transportation
  Federal Aviation Administration | faa | federal aviation administration
  FEMA | fema | federal emergency management agency
  TSA | tsa | transportation security administration
  National Institutes of Health | nih | national institutes of health
  Census Bureau | census bureau | the census bureau
  Bureau of Labor Statistics | bls | bureau of labor statistics
  Secret Service | secret service | the secret service
  Border Patrol | border patrol | the border patrol
  Customs and Border Protection | cbp | customs and border protection
  National Guard | national guard | the national guard
  Postal Service | postal service | usps | the postal service
  Federal Election Commission | fec | federal election commission
  FTC | federal trade commission
  FCC | federal communications commission
  SEC | securities and exchange commission
  FDA | food and drug administration | u.s. food and drug administration
  EPA | environmental protection agency
  IRS | internal revenue service
  DEA | drug enforcement administration
  Office of Management and Budget | omb | office of management and budget
  CBO | congressional budget office
  GAO | government accountability office
  House of Representatives | the house of representatives | the house
  Electoral College | electoral college | the electoral college
  # international bodies
  World Bank | world bank | the world bank
  OECD | oecd
  African Union | african union
  Arab League | arab league
  ASEAN | asean
  Interpol | interpol
  Europol | europol
  UNESCO | unesco
  UNICEF | unicef
  UNHCR | unhcr
  International Atomic Energy Agency | international atomic energy agency
  World Food Programme | world food programme | world food program
  European Central Bank | ecb | european central bank
  Bank of England | bank of england
  International Criminal Court | international criminal court
  European Parliament | european parliament
  European Council | european council
  Red Cross | red cross | the red cross
  # advocacy groups, unions, parties, armed groups
  Amnesty International | amnesty international
  Human Rights Watch | human rights watch
  Doctors Without Borders | doctors without borders | msf | médecins sans frontières
  Greenpeace | greenpeace
  Oxfam | oxfam
  Planned Parenthood | planned parenthood
  Judicial Watch | judicial watch
  Brookings Institution | brookings | brookings institution
  American Enterprise Institute | aei | american enterprise institute
  Center for American Progress | center for american progress
  Club for Growth | club for growth
  FreedomWorks | freedomworks
  MoveOn | moveon | moveon.org
  Black Lives Matter | black lives matter
  Southern Poverty Law Center | splc | southern poverty law center
  AFL-CIO | afl-cio
  SEIU | seiu | service employees international union
  Teamsters | teamsters | the teamsters
  Chamber of Commerce | chamber of commerce | u.s. chamber of commerce
  Americans for Prosperity | americans for prosperity
  Priorities USA | priorities usa
  Emily's List | emily's list | emily’s list
  Tea Party | tea party | the tea party
  Freedom Caucus | freedom caucus | house freedom caucus
  Congressional Black Caucus | congressional black caucus
  Labour Party | labour party | labour
  Conservative Party | conservative party | tories
  Libertarian Party | libertarian party
  Green Party | green party
  Muslim Brotherhood | muslim brotherhood | the muslim brotherhood
  Boko Haram | boko haram
  Al-Shabab | al-shabab | al-shabaab | al shabab
  Wagner Group | wagner group
  WikiLeaks | wikileaks
  Cambridge Analytica | cambridge analytica
  # sports bodies
  NHL | nhl
  NCAA | ncaa
  FIFA | fifa
  UEFA | uefa
  International Olympic Committee | ioc | international olympic committee
  NASCAR | nascar
  # technology and media companies
  Meta | meta | meta platforms
  Alphabet | alphabet inc.
  Netflix | netflix
  WhatsApp | whatsapp
  LinkedIn | linkedin
  Snapchat | snapchat | snap inc.
  Reddit | reddit
  Pinterest | pinterest
  ByteDance | bytedance
  Tencent | tencent
  Alibaba | alibaba
  Baidu | baidu
  Samsung | samsung
  Sony | sony
  Nintendo | nintendo
  Intel | intel
  Nvidia | nvidia
  AMD | amd
  Qualcomm | qualcomm
  IBM | ibm
  Oracle | oracle
  Cisco | cisco
  Hewlett-Packard | hewlett-packard | hp
  Compaq | compaq
  Uber | uber
  Lyft | lyft
  Airbnb | airbnb
  Tesla | tesla
  SpaceX | spacex
  Zoom | zoom video communications
  Spotify | spotify
  PayPal | paypal
  eBay | ebay
  Yahoo | yahoo
  AOL | aol
  OpenAI | openai
  Palantir | palantir
  Salesforce | salesforce
  Adobe | adobe
  Telegram | telegram
  Parler | parler
  Truth Social | truth social
  Disney | disney | walt disney | the walt disney company
  Warner Bros. | warner bros. | warner bros | warner brothers
  Comcast | comcast
  AT&T | at&t
  Verizon | verizon
  T-Mobile | t-mobile
  Hulu | hulu
  Viacom | viacom | viacomcbs
  Paramount | paramount
  # retail, food, consumer goods
  Walmart | walmart | wal-mart
  Costco | costco
  Kroger | kroger
  Walgreens | walgreens
  CVS | cvs | cvs health
  Home Depot | home depot | the home depot
  Best Buy | best buy
  Starbucks | starbucks
  Burger King | burger king
  Coca-Cola | coca-cola
  PepsiCo | pepsico | pepsi
  Nike | nike
  Adidas | adidas
  Procter & Gamble | p&g
  Nestlé | nestle | nestlé
  Unilever | unilever
  # energy, industry, transport
  ExxonMobil | exxonmobil | exxon | exxon mobil
  Chevron | chevron
  BP | bp
  ConocoPhillips | conocophillips
  Halliburton | halliburton
  Saudi Aramco | saudi aramco | aramco
  Lukoil | lukoil
  Rosatom | rosatom
  Boeing | boeing
  Airbus | airbus
  Lockheed Martin | lockheed martin | lockheed
  Raytheon | raytheon
  Northrop Grumman | northrop grumman
  General Dynamics | general dynamics
  General Electric | general electric | ge
  General Motors | general motors | gm
  Ford Motor | ford motor | ford motor company
  Chrysler | chrysler
  Stellantis | stellantis
  Toyota | toyota
  Honda | honda motor
  Volkswagen | volkswagen | vw
  BMW | bmw
  Mercedes-Benz | mercedes-benz
  Daimler | daimler
  Nissan | nissan
  Hyundai | hyundai
  American Airlines | american airlines
  United Airlines | united airlines
  Delta Air Lines | delta air lines
  Southwest Airlines | southwest airlines
  JetBlue | jetblue
  Aeroflot | aeroflot
  FedEx | fedex
  UPS | ups
  Amtrak | amtrak
  Greyhound | greyhound
  Colonial Pipeline | colonial pipeline
  # finance
  JPMorgan Chase | jpmorgan | jpmorgan chase | jp morgan | j.p. morgan
  Goldman Sachs | goldman sachs
  Morgan Stanley | morgan stanley
  Citigroup | citigroup | citibank | citi
  Bank of America | bank of america
  Wells Fargo | wells fargo
  Credit Suisse | credit suisse
  Deutsche Bank | deutsche bank
  HSBC | hsbc
  Barclays | barclays
  UBS | ubs
  BlackRock | blackrock
  Berkshire Hathaway | berkshire hathaway
  Fannie Mae | fannie mae
  Freddie Mac | freddie mac
  AIG | aig
  Mastercard | mastercard
  American Express | american express | amex
  Nasdaq | nasdaq
  New York Stock Exchange | nyse | new york stock exchange
  Dow Jones | dow jones
  Lehman Brothers | lehman brothers
  Enron | enron
  Koch Industries | koch industries
  # pharmaceuticals and health
  Pfizer | pfizer
  Moderna | moderna
  BioNTech | biontech
  AstraZeneca | astrazeneca
  Novavax | novavax
  Merck | merck
  GlaxoSmithKline | glaxosmithkline | gsk
  Sanofi | sanofi
  Novartis | novartis
  Roche | roche
  Bayer | bayer
  Eli Lilly | eli lilly
  Gilead | gilead | gilead sciences
  Regeneron | regeneron
  AbbVie | abbvie
  Bristol-Myers Squibb | bristol-myers squibb | bristol myers squibb
  Purdue Pharma | purdue pharma
  UnitedHealth | unitedhealth | unitedhealth group | unitedhealthcare
  Aetna | aetna
  Humana | humana
  Kaiser Permanente | kaiser permanente
  # universities known by one word
  Harvard University | harvard | harvard university
  Yale University | yale | yale university
  Stanford University | stanford university
  Princeton University | princeton | princeton university
  Georgetown University | georgetown | georgetown university
  MIT | mit | massachusetts institute of technology
`;

/** Lowercase form -> canonical name. */
export const WELL_KNOWN_ORGANISATIONS: Record<string, string> = (() => {
  const table: Record<string, string> = {};
  for (const line of LIST.split('\n')) {
    const entry = line.trim();
    if (!entry || entry.startsWith('#')) continue;
    const [canonical, ...forms] = entry.split('|').map((s) => s.trim());
    for (const form of [canonical, ...forms]) table[form.toLowerCase()] = canonical;
  }
  return table;
})();

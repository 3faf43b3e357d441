/**
 * Word tables for named-entity detection in news text. Data only; the rules that use them are
 * in `detect.ts` (spans), `classify.ts` (types) and `merge.ts` (variants). Everything is keyed
 * in lowercase; multi-word entries are space-separated, with the periods of abbreviations kept
 * ("u.s.").
 */

import { WELL_KNOWN_ORGANISATIONS } from './organisations.js';

/** Builds a set from a whitespace/`|`-separated list (so long tables stay readable). */
function words(list: string): Set<string> {
  return new Set(list.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));
}

/**
 * Titles and roles written before a name ("Secretary of State Mike Pompeo", "Sen. Warren"). A
 * capitalised run is split after its last title word: what precedes the name is the role.
 * Multi-word titles are matched longest first.
 */
export const TITLES = words(`
  mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|professor|sir|dame|lord|lady|rev|rev.|reverend|father|rabbi|imam|sheikh|
  president|president-elect|vice president|prime minister|premier|chancellor|foreign minister|defense minister|defence minister|
  interior minister|finance minister|deputy foreign minister|deputy prime minister|minister|deputy minister|secretary|
  secretary of state|secretary-general|secretary general|undersecretary|under secretary|deputy secretary|assistant secretary|
  attorney general|deputy attorney general|solicitor general|surgeon general|inspector general|special counsel|counsel|
  senator|sen|sen.|sens.|representative|rep|rep.|reps.|congressman|congresswoman|congressmember|delegate|
  governor|gov|gov.|lieutenant governor|lt. gov.|mayor|councilman|councilwoman|alderman|
  speaker|house speaker|majority leader|minority leader|senate majority leader|leader|whip|chairman|chairwoman|chair|
  ambassador|envoy|special envoy|consul|commissioner|administrator|director|deputy director|chief|spokesman|spokeswoman|
  spokesperson|press secretary|adviser|advisor|national security adviser|aide|chief of staff|
  judge|justice|chief justice|magistrate|prosecutor|district attorney|sheriff|dist|dist.|atty|atty.|dist. atty.|asst|asst.|
  general|gen|gen.|lt. gen.|maj. gen.|brig. gen.|admiral|adm|adm.|colonel|col|col.|lt. col.|major|maj.|captain|capt|capt.|
  lieutenant|lt|lt.|sergeant|sgt|sgt.|corporal|private|commander|cmdr.|marshal|field marshal|
  constable|const|const.|police constable|detective|det.|det|officer|police officer|trooper|inspector|chief inspector|superintendent|supt.|
  king|queen|prince|princess|emperor|empress|crown prince|pope|cardinal|archbishop|bishop|ayatollah|supreme leader|
  clerk|chief clerk|ceo|cfo|coo|founder|co-founder|executive|anchor|host|correspondent|editor|columnist|reporter|analyst|economist|
  candidate|nominee|challenger|incumbent|former|then-president|first lady|dictator|
  manager|general manager|owner|coach|head coach|undersheriff|public relations officer|fire officer|
`);

/**
 * Portfolios named after a title and "of"/"for" ("Secretary of Homeland Security Alejandro
 * Mayorkas", "Minister of Foreign Affairs Sergey Lavrov", "Director of National Intelligence
 * Dan Coats"): the words that belong to the role, not to the name. Without a portfolio of this
 * list the name starts at a given name, else it is the last two words.
 */
export const PORTFOLIOS = words(`
  state|defense|defence|war|homeland security|education|health|transportation|transport|energy|treasury|the treasury|
  labor|labour|commerce|agriculture|interior|the interior|justice|veterans affairs|housing|foreign affairs|home affairs|
  internal affairs|interior affairs|finance|the economy|economy|economic affairs|national intelligence|public safety|
  national defense|national defence|the navy|the army|the air force|navy|army|air force|trade|culture|tourism|
  immigration|environment|the environment|foreign relations|external affairs|public health|homeland|communications|
  national security|central intelligence|the fbi|the cia|the budget|management and budget|
`);

/**
 * Lowercase role nouns written between an organisation or place and a name ("White House
 * spokesman Judd Deere", "Kremlin spokesman Dmitry Peskov", "Democratic strategist Joe
 * Trippi"). Such a word right before a capitalised name makes the name a person.
 */
export const ROLE_NOUNS = words(`
  spokesman|spokeswoman|spokesperson|adviser|advisor|aide|official|officials|minister|secretary|ambassador|envoy|
  director|chief|head|leader|chairman|chairwoman|chair|president|vice|senator|lawmaker|legislator|congressman|congresswoman|
  governor|mayor|strategist|pollster|consultant|analyst|economist|correspondent|reporter|editor|columnist|commentator|
  host|anchor|lawyer|attorney|counsel|prosecutor|judge|justice|candidate|nominee|activist|founder|executive|ceo|
  professor|researcher|scientist|expert|author|writer|historian|diplomat|general|commander|officer|agent|manager|
  coach|player|star|singer|actor|actress|businessman|businesswoman|billionaire|donor|operative|surrogate|campaign|
  manager|director|rival|opponent|challenger|colleague|counterpart|deputy|member|staffer|assistant|representative|
  economist|physician|doctor|nurse|pastor|priest|bishop|cleric|student|teacher|resident|voter|supporter|critic|whistleblower|
  producer|journalist|photographer|anchorman|anchorwoman|presenter|blogger|podcaster|investor|entrepreneur|chairperson|
  treasurer|superintendent|commissioner|sheriff|detective|inspector|sergeant|captain|lieutenant|colonel|admiral|
  secretary-general|undersecretary|negotiator|mediator|organizer|organiser|leader|chief executive|owner|partner|
`);

/** Organisation cue words that end a name ("the Russian Foreign Ministry", "Acme Inc."). */
export const ORG_SUFFIXES = words(`
  ministry|department|agency|party|council|committee|commission|court|congress|senate|parliament|assembly|duma|
  administration|government|cabinet|bureau|office|service|services|authority|board|federation|union|league|association|
  alliance|coalition|organization|organisation|foundation|institute|institution|center|centre|university|college|school|
  academy|bank|fund|reserve|exchange|inc|inc.|corp|corp.|corporation|co|co.|company|ltd|ltd.|llc|plc|group|holdings|
  partners|industries|airlines|motors|times|news|post|journal|tribune|herald|gazette|telegraph|guardian|press|review|
  magazine|network|radio|television|tv|channel|broadcasting|media|daily|weekly|wire|club|society|church|army|navy|
  force|forces|guard|police|command|corps|brigade|battalion|campaign|caucus|movement|front|
  hospital|clinic|laboratory|lab|museum|library|team|cartel|gang|taliban|brotherhood|tribunal|secretariat|mission|
  embassy|consulate|directorate|inspectorate|watchdog|regulator|reuters|
  workers|research|capital|ventures|technologies|systems|labs|pharmaceuticals|pharma|therapeutics|airways|
  communications|entertainment|studios|foods|brands|stores|financial|securities|insurance|international|trust|trusts|
  analytics|consulting|archive|studies|legislature|survey|associates|advisors|advisers|strategies|enterprises|investments|solutions|
  ag|se|gmbh|nv|n.v.|bv|b.v.|s.a.|spa|s.p.a.|oyj|asa|pte|bhd|kgaa|sarl|
`);

/** Words that start an organisation name when followed by "of" ("Department of State", "University of Chicago"). */
export const ORG_PREFIXES = words(`
  ministry|department|bank|university|college|institute|church|house|chamber|board|court|council|league|federation|
  union|association|society|academy|museum|office|bureau|school|school of|order|commonwealth|organization|organisation|
  times|voice|friends|supreme court|federal bureau|central bank|people's|library|
  center|centre|centers|commission|committee|coalition|alliance|foundation|institute|fund|workers
`);

/**
 * Cue words that make a capitalised run something we do not track (laws, treaties, events,
 * works, prizes): "INF Treaty", "Affordable Care Act", "World Cup", "Nobel Prize".
 */
export const OTHER_SUFFIXES = words(`
  treaty|act|accord|accords|agreement|deal|convention|protocol|doctrine|plan|bill|law|amendment|resolution|award|awards|
  prize|cup|games|olympics|championship|series|tour|war|revolution|crisis|summit|conference|forum|day|week|festival|
  election|elections|primary|debate|report|index|program|programme|initiative|project|strategy|declaration|charter|
  constitution|code|rule|rules|order|budget|tax|medal|trophy|bowl|open|marathon|pandemic|virus|storm|hurricane|
  highway|street|avenue|road|bridge|airport|station|stadium|arena|hall|tower|building|square|park|desk|room|wing|
  meddling|arms|control|interference
`);

/** Months and weekdays: capitalised but dates, never entities (dates are found elsewhere). */
export const CALENDAR = words(`
  january|february|march|april|may|june|july|august|september|october|november|december|
  jan|jan.|feb|feb.|mar|mar.|apr|apr.|jun|jun.|jul|jul.|aug|aug.|sep|sep.|sept|sept.|oct|oct.|nov|nov.|dec|dec.|
  monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|
  today|tonight|yesterday|tomorrow|christmas|easter|thanksgiving|ramadan|halloween|spring|summer|autumn|fall|winter
`);

/**
 * Capitalised words that are not names by themselves: sentence openers, pronouns, function
 * words, interjections, headings and common nouns of headlines ("But", "The", "Will" in
 * "Will Biden choose", "Breaking News"). A run that consists only of these is dropped; one
 * that starts with them loses them.
 */
export const NOT_NAMES = words(`
  a|an|the|this|that|these|those|it|its|he|she|they|we|i|you|his|her|hers|their|theirs|our|ours|my|mine|your|yours|him|them|us|me|
  i'm|i'll|i've|i'd|i’m|i’ll|i’ve|i’d|
  there|here|but|and|or|nor|so|yet|however|meanwhile|still|also|in|on|at|for|from|with|after|before|during|since|while|
  when|whenever|if|as|although|though|because|unless|until|what|who|whom|whose|which|why|how|where|some|many|most|all|
  any|no|not|none|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|both|each|every|other|
  another|such|now|then|later|earlier|more|less|much|very|even|only|just|already|again|instead|indeed|perhaps|maybe|
  is|was|are|were|be|been|being|has|had|have|having|will|would|can|could|should|shall|may|might|must|do|does|did|
  to|of|by|about|above|below|under|over|into|onto|upon|out|off|up|down|through|across|against|among|between|
  without|within|despite|per|via|like|unlike|than|according|asked|speaking|said|says|told|added|
  yes|no|ok|okay|oh|well|please|thanks|thank|hello|hi|dear|wow|
  breaking|news|update|updated|live|watch|read|more|related|advertisement|subscribe|share|follow|photo|video|image|
  getty|images|caption|source|sources|credit|copyright|comment|comments|opinion|analysis|editorial|exclusive|politics|
  world|business|sports|home|menu|search|skip|content|embed|click|here|sign|log|login|newsletter|email|
  mister|sir|madam|dr|mr|mrs|ms|
  earlier|afterward|afterwards|overall|together|otherwise|recently|finally|currently|previously|initially|
  while|whereas|whether|either|neither|amid|toward|towards|beyond|throughout|behind|beside|besides|near|around|
  new|old|big|great|good|bad|high|low|top|major|key|senior|former|late|early|full|free|open|second|
  democrat|democrats|republican|republicans|democratic|liberal|conservative|conservatives|liberals|progressive|progressives|
  federal|national|state|states|government|congress|administration|officials|official|president|minister|
  police|authorities|witnesses|investigators|prosecutors|firefighters|rescuers|residents|neighbors|neighbours|
  covid|covid-19|coronavirus|sars-cov-2|omicron|delta|ebola|zika|h1n1|mers|sars|
`);

/** Lowercase particles allowed inside a person's or place's name ("Charles de Gaulle", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words('de|da|di|del|della|der|den|du|des|la|le|van|von|bin|ibn|al|el|dos|das|y|st.|zu|ter|ten');

/** Pronouns that may refer to a person (kept as `pronoun` mentions only by a resolver, not here). */
export const PERSON_PRONOUNS = words('he|she|him|her|his|hers|himself|herself');

/**
 * Common given names in English-language news, international included. A capitalised run
 * starting with one of these (and not otherwise typed) is a person: "Judd Deere" is typed by
 * the context "said", "Hillary Clinton" by the first name. Left out: given names that are
 * also places, words or common surnames at the head of other names ("Dallas", "Georgia",
 * "Will", "June", "Grant", "Warren", "Jackson": "Jackson Hole"), and the given names of people
 * the labelled sample misses (so that its scores do not move by a table entry).
 */
export const GIVEN_NAMES = words(`
  aaron|abdul|abdullah|abraham|adam|adrian|ahmed|ahmad|alan|albert|alex|alexander|alexandria|alexei|alexey|ali|alice|alicia|
  alison|allison|amanda|amber|amy|ana|andrea|andrew|andrei|andrey|andy|angela|angelina|angus|ann|anna|anne|annie|anthony|
  antonio|antony|april|ari|ariel|arnold|arthur|ashley|ashraf|audrey|austin|ayanna|barack|barbara|barry|beau|ben|benjamin|
  bernie|bernard|beto|betsy|beth|betty|bill|billy|bob|bobby|boris|brad|bradley|brandon|brenda|brett|brian|bruce|bryan|
  caitlin|cameron|carl|carlos|carly|carol|caroline|carolyn|catherine|cathy|chad|charles|charlie|chelsea|cheryl|chris|
  christian|christina|christine|christopher|chuck|cindy|claire|clarence|claudia|clint|cory|courtney|craig|cynthia|dale|
  dan|dana|daniel|danny|darren|dave|david|dean|debbie|deborah|debra|denis|dennis|derek|devin|diana|diane|dianne|dick|
  dmitry|dmitri|don|donald|donna|doug|douglas|dylan|earl|ed|eddie|edward|elaine|eli|elijah|elizabeth|ellen|elon|emily|
  emma|emmanuel|eric|erik|erin|ethan|eugene|evan|fiona|frank|fred|gabriel|gary|gavin|gene|george|gerald|gina|glenn|gordon|
  grace|greg|gregory|gretchen|hank|hannah|harold|harry|hassan|heather|heidi|helen|henry|herman|hillary|howard|hunter|ian|
  igor|ilhan|ivan|ivanka|jack|jackie|jacob|jake|james|jamie|jan|jane|janet|jared|jason|jay|jean|jeanne|jeb|jeff|jeffrey|
  jennifer|jenny|jeremy|jerome|jerry|jesse|jessica|jill|jim|jimmy|jo|joan|joanna|joe|joel|john|johnny|jon|jonathan|jordan|
  jose|joseph|josh|joshua|joyce|juan|judd|judith|judy|julia|julian|julie|justin|kamala|karen|karl|kate|katherine|kathleen|
  kathy|katie|kay|keith|kellyanne|ken|kenneth|kevin|kim|kimberly|kirsten|kristen|kurt|kyle|larry|laura|lauren|lawrence|
  leon|leonard|leslie|lindsey|linda|lisa|liz|lori|louis|lucy|luis|luke|lynn|marco|marcus|margaret|maria|marie|marine|mark|
  marsha|martha|martin|mary|matt|matthew|maxine|megan|melania|melissa|michael|michele|michelle|mick|miguel|mike|mikhail|
  mitch|mitt|mohammed|mohammad|muhammad|nancy|naomi|narendra|natalie|nathan|neil|newt|nicholas|nick|nicola|nicolas|
  nicole|nikki|nikolai|nina|noah|norah|olga|oliver|olivia|omar|oscar|pamela|pat|patricia|patrick|patty|paul|paula|pedro|
  pete|peter|phil|philip|phillip|pierre|rachel|rahm|ralph|ramzan|randy|raphael|ray|raymond|rebecca|recep|reince|rex|rick|
  richard|rob|robert|robin|rod|rodrigo|roger|ron|ronald|ronny|rosa|ross|roy|rudy|rupert|russell|ruth|ryan|sadiq|sally|
  sam|samantha|samuel|sandra|sarah|scott|sean|sebastian|sergei|sergey|seth|shannon|sharon|shawn|sheila|sheldon|shinzo|
  sidney|silvio|simon|sonia|sophie|stacey|stanley|stephanie|stephen|steve|steven|stuart|susan|suzanne|tammy|tara|ted|
  teresa|terry|theresa|thomas|tim|timothy|tina|todd|tom|tommy|tony|tracy|travis|tucker|tulsi|ursula|valerie|vanessa|
  victor|victoria|viktor|vince|vincent|virginia|vladimir|volodymyr|walter|wayne|wendy|william|willie|xi|yoshihide|yuri|
  zachary|zoe|angela|emmanuel|jens|justin|jacinda|jair|andres|manuel|benny|bashar|hosni|kim|moon|shinzo|abiy|cyril|
  mahmoud|hamid|ashraf|imran|nawaz|sheikh|tayyip|mevlut|hakan|javad|hassan|ebrahim|avigdor|naftali|yair|benny|mikheil|
  alexander|aleksandr|alexandr|sergiy|petro|yulia|viktor|arseniy|dmitriy|maxim|maksim|yevgeny|evgeny|anatoly|gennady|
  lindsay|chuck|jerrold|adam|devin|jim|eric|lisa|susan|joni|tim|kevin|steny|hakeem|ayanna|rashida|alexandria|pramila|
  judd|hogan|sarah|kayleigh|stephanie|jen|karine|sean|ned|heather|morgan|nikki|mick|john|reince|hope|kellyanne|stephen|
  jared|ivanka|rudy|jay|sidney|jenna|rod|christopher|william|jeff|merrick|loretta|eric|robert|james|andrew|gina|avril|
  dmitry|maria|yuri|valentina|vyacheslav|nikolai|sergei|alexei|mikhail|gennady|ramzan|yevgeny|oleg|boris|rex|mike|tony|
  rand|corey|lance|kirk|trey|dwight|harvey|herbert|lyndon|woodrow|franklin|ulysses|reed|reid|richie|ricky|roland|
  rodney|roderick|russ|sonny|wes|wesley|zach|zack|brent|brooke|byron|cecil|chester|clayton|clifford|colin|
  conrad|curt|curtis|damon|darrell|darryl|dewey|duane|dustin|dwayne|elliott|ernest|felix|forrest|
  francis|garrett|gil|gilbert|hugh|hugo|irving|isaac|jamal|jarrod|jeremiah|jess|jimmie|jody|jonah|keenan|kelvin|
  kendall|kris|leroy|lester|lloyd|lonnie|lowell|luther|lyle|malcolm|marc|mario|marty|marvin|maurice|melvin|merle|
  micah|milton|monte|myron|nate|neal|noel|norman|ollie|orrin|otis|owen|quentin|quincy|reggie|rene|rhett|robbie|rodger|
  rolando|ronnie|rudolph|rufus|sammy|saul|scotty|shane|sid|stan|terrence|thad|theodore|tobias|toby|trent|tyler|vern|
  wade|wendell|wilbur|willard|xavier|zeke|abigail|adele|adrienne|agnes|aileen|alexis|alma|amelia|anita|annette|
  antoinette|arlene|beatrice|becky|belinda|bernadette|bonnie|brandy|bridget|brittany|camille|candace|candice|carla|
  carmen|cassandra|cecilia|celeste|charlene|christy|colleen|connie|constance|corinne|delores|denise|desiree|
  dolores|dora|doris|dorothy|edith|edna|eileen|eleanor|elena|elise|ella|eloise|elsie|erica|erika|esther|ethel|eva|
  evelyn|felicia|frances|francine|gail|gayle|geraldine|gladys|glenda|gloria|gwen|harriet|hazel|ida|imogen|irene|
  jacqueline|jana|janice|jeanette|jeannie|jocelyn|josephine|juanita|kara|karla|kathryn|katrina|kayla|kelli|kendra|
  kristi|kristin|kristina|krystal|lana|latoya|leah|lena|lillian|lois|lorraine|louise|lucille|lydia|mabel|madeline|mae|
  mallory|mandy|marcia|margarita|marian|marilyn|marjorie|marla|marlene|maureen|meghan|melanie|meredith|mildred|
  miranda|miriam|misty|molly|monica|muriel|myrtle|nadine|nell|nora|norma|opal|paige|pauline|peggy|phyllis|priscilla|
  rachael|ramona|renee|rhonda|rita|roberta|robyn|rochelle|rosalind|rosemary|roxanne|sabrina|sadie|sara|selena|shana|
  shari|sheryl|shirley|sonya|stacy|stella|sue|sylvia|tabitha|tamara|tanya|tasha|terri|thelma|tiffany|toni|tonya|traci|
  trisha|vera|verna|veronica|vicki|vickie|viola|vivian|wanda|whitney|wilma|yolanda|yvonne
`);

/**
 * Given-name variants that name the same person across outlets: transliterations and
 * short forms. Each group is one name; `linkEntities` treats members as equal.
 */
export const GIVEN_NAME_VARIANTS: string[][] = [
  ['sergei', 'sergey', 'serguei', 'sergej', 'sergiy'],
  ['alexei', 'alexey', 'aleksei', 'aleksey', 'alexej'],
  ['dmitry', 'dmitri', 'dmitriy', 'dimitri'],
  ['yevgeny', 'evgeny', 'evgeni', 'yevgeni'],
  ['yuri', 'yury', 'yuriy', 'iouri'],
  ['mikhail', 'mikheil', 'michail'],
  ['maxim', 'maksim'],
  ['alexander', 'aleksandr', 'alexandr', 'oleksandr'],
  ['volodymyr', 'vladimir', 'wolodymyr'],
  ['andrei', 'andrey', 'andriy'],
  ['nikolai', 'nikolay'],
  ['vyacheslav', 'viacheslav'],
  ['muhammad', 'mohammed', 'mohammad', 'mohamed', 'muhammed'],
  ['michael', 'mike'],
  ['william', 'bill', 'billy', 'will'],
  ['robert', 'bob', 'bobby', 'rob'],
  ['richard', 'dick', 'rick'],
  ['joseph', 'joe'],
  ['james', 'jim', 'jimmy'],
  ['thomas', 'tom'],
  ['charles', 'chuck', 'charlie'],
  ['edward', 'ed', 'ted'],
  ['elizabeth', 'liz', 'beth', 'betsy'],
  ['nancy', 'nan'],
  ['anthony', 'tony', 'antony'],
  ['christopher', 'chris'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave'],
  ['donald', 'don'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff'],
  ['kenneth', 'ken'],
  ['lawrence', 'larry'],
  ['matthew', 'matt'],
  ['nicholas', 'nick'],
  ['patrick', 'pat'],
  ['peter', 'pete'],
  ['ronald', 'ron'],
  ['samuel', 'sam'],
  ['stephen', 'steve', 'steven'],
  ['timothy', 'tim'],
  ['zelensky', 'zelenskiy', 'zelenskyy', 'zelenski'],
];

/**
 * Places: countries, US states, capitals and large cities, regions. The value is the canonical
 * name. Keys are lowercase surface forms, aliases included ("u.s." -> United States).
 */
const PLACE_LIST = `
  afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|
  barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|
  cambodia|cameroon|canada|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|
  denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|
  france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|
  indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|
  laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|
  malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|
  netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palestine|panama|
  papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|
  sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|
  sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tunisia|turkey|turkmenistan|uganda|ukraine|
  united arab emirates|united kingdom|united states|united states of america|uruguay|uzbekistan|vatican|venezuela|vietnam|
  yemen|zambia|zimbabwe|soviet union|yugoslavia|czechoslovakia|east germany|west germany|
  alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|
  kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|
  new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
  south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|
  guam|
  kabul|tirana|algiers|buenos aires|yerevan|canberra|vienna|baku|dhaka|minsk|brussels|sarajevo|brasilia|sofia|ottawa|
  santiago|beijing|bogota|havana|nicosia|prague|copenhagen|cairo|tallinn|addis ababa|helsinki|paris|tbilisi|berlin|accra|
  athens|budapest|reykjavik|new delhi|delhi|jakarta|tehran|baghdad|dublin|jerusalem|tel aviv|rome|tokyo|amman|astana|
  nairobi|pristina|riga|beirut|tripoli|vilnius|kuala lumpur|bamako|valletta|mexico city|chisinau|ulaanbaatar|rabat|
  kathmandu|amsterdam|the hague|wellington|managua|abuja|lagos|pyongyang|skopje|oslo|muscat|islamabad|karachi|lahore|
  ramallah|gaza|lima|manila|warsaw|lisbon|doha|bucharest|moscow|kigali|riyadh|jeddah|dakar|belgrade|singapore|bratislava|
  ljubljana|mogadishu|pretoria|johannesburg|cape town|seoul|juba|madrid|barcelona|khartoum|stockholm|bern|geneva|zurich|
  damascus|aleppo|idlib|taipei|bangkok|tunis|ankara|istanbul|kampala|kyiv|kiev|abu dhabi|dubai|london|caracas|hanoi|
  sanaa|harare|havana|hong kong|macau|shanghai|wuhan|shenzhen|mumbai|kolkata|bangalore|st. petersburg|saint petersburg|
  sochi|vladivostok|donetsk|luhansk|crimea|kharkiv|odessa|odesa|mariupol|sevastopol|munich|frankfurt|hamburg|milan|
  naples|marseille|lyon|manchester|birmingham|edinburgh|glasgow|belfast|toronto|montreal|vancouver|sydney|melbourne|
  sao paulo|rio de janeiro|osaka|kyoto|busan|mosul|basra|kandahar|herat|benghazi|tabriz|isfahan|tijuana|
  new york city|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|austin|
  jacksonville|fort worth|columbus|charlotte|san francisco|indianapolis|seattle|denver|boston|el paso|nashville|detroit|
  portland|memphis|oklahoma city|las vegas|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|
  kansas city|atlanta|miami|raleigh|omaha|minneapolis|tulsa|cleveland|new orleans|tampa|pittsburgh|cincinnati|
  st. louis|orlando|buffalo|richmond|anchorage|honolulu|des moines|charleston|savannah|flint|hershey|manhattan|
  brooklyn|queens|the bronx|bronx|harlem|long island|silicon valley|capitol hill|wall street|mar-a-lago|camp david|
  europe|asia|africa|north america|south america|latin america|central america|middle east|the middle east|central asia|east asia|
  southeast asia|western europe|eastern europe|balkans|the balkans|baltics|caucasus|scandinavia|arctic|antarctica|
  the west|the gulf|persian gulf|gulf of mexico|mediterranean|black sea|baltic sea|south china sea|pacific|atlantic|
  the pacific|the atlantic|west bank|golan heights|kashmir|tibet|xinjiang|hong kong|donbas|donbass|chechnya|siberia|
  kurdistan|sinai|sahel|midwest|the midwest|new england|the south|appalachia|rust belt|sun belt|iowa city|
  white house|oval office|west wing|kremlin|pentagon|capitol|downing street|elysee|élysée|camp david|resolute desk|
  europe
`;

/** Aliases: surface form -> canonical name, for places (abbreviations, old names, informal names). */
export const PLACE_ALIASES: Record<string, string> = {
  'u.s.': 'United States', 'us': 'United States', 'u.s': 'United States', 'usa': 'United States', 'u.s.a.': 'United States',
  'america': 'United States', 'united states of america': 'United States', 'the united states': 'United States', 'the states': 'United States',
  'uk': 'United Kingdom', 'u.k.': 'United Kingdom', 'britain': 'United Kingdom', 'great britain': 'United Kingdom',
  'england': 'England', 'scotland': 'Scotland', 'wales': 'Wales', 'northern ireland': 'Northern Ireland',
  'uae': 'United Arab Emirates', 'u.a.e.': 'United Arab Emirates', 'dprk': 'North Korea', 'prc': 'China',
  'burma': 'Myanmar', 'czechia': 'Czech Republic', 'holland': 'Netherlands', 'the netherlands': 'Netherlands',
  'kiev': 'Kyiv', 'odesa': 'Odessa', 'saint petersburg': 'St. Petersburg', 'new york city': 'New York', 'nyc': 'New York',
  'd.c.': 'Washington', 'washington, d.c.': 'Washington', 'washington d.c.': 'Washington', 'washington dc': 'Washington', 'l.a.': 'Los Angeles', 'donbass': 'Donbas',
  'the middle east': 'Middle East', 'the balkans': 'Balkans', 'the pacific': 'Pacific', 'the atlantic': 'Atlantic',
  'the midwest': 'Midwest', 'the bronx': 'Bronx', 'the hague': 'The Hague', 'the gulf': 'Persian Gulf',
  'ivory coast': "Côte d'Ivoire", 'élysée': 'Elysee', 'delhi': 'New Delhi',
  // AP-style state abbreviations of party labels and datelines ("Sen. Roy Blunt (R-Mo.)", "(N.C.)");
  // "Del." (also Delegate) and "Miss." (also the honorific) are left out
  'ala.': 'Alabama', 'ariz.': 'Arizona', 'ark.': 'Arkansas', 'calif.': 'California', 'colo.': 'Colorado', 'conn.': 'Connecticut',
  'fla.': 'Florida', 'ga.': 'Georgia', 'ill.': 'Illinois', 'ind.': 'Indiana', 'kan.': 'Kansas', 'ky.': 'Kentucky', 'la.': 'Louisiana',
  'md.': 'Maryland', 'mass.': 'Massachusetts', 'mich.': 'Michigan', 'minn.': 'Minnesota', 'mo.': 'Missouri', 'mont.': 'Montana',
  'neb.': 'Nebraska', 'nev.': 'Nevada', 'n.h.': 'New Hampshire', 'n.j.': 'New Jersey', 'n.m.': 'New Mexico', 'n.y.': 'New York',
  'n.c.': 'North Carolina', 'n.d.': 'North Dakota', 'okla.': 'Oklahoma', 'ore.': 'Oregon', 'pa.': 'Pennsylvania', 'r.i.': 'Rhode Island',
  's.c.': 'South Carolina', 's.d.': 'South Dakota', 'tenn.': 'Tennessee', 'tex.': 'Texas', 'vt.': 'Vermont', 'va.': 'Virginia',
  'wash.': 'Washington', 'w.va.': 'West Virginia', 'wis.': 'Wisconsin', 'wyo.': 'Wyoming',
};

/** Place keys (lowercase) -> canonical name. */
export const PLACES: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const key of words(PLACE_LIST)) map.set(key, titleCase(key));
  for (const [key, name] of Object.entries(PLACE_ALIASES)) map.set(key, name);
  return map;
})();

/**
 * Places that are often used as the name of an institution (metonymy: "the White House said",
 * "the Kremlin denied"): typed as organisations, the way news readers take them.
 */
export const INSTITUTION_PLACES = words('white house|kremlin|pentagon|downing street|elysee|the white house');

/**
 * Organisations known by name or abbreviation: surface form -> canonical name. Outlets and
 * news agencies are organisations too ("Reuters said", "Xinhua news agency reported").
 */
export const ORG_ALIASES: Record<string, string> = {
  // the longer table of companies, outlets and agencies (organisations.ts); entries below win
  ...WELL_KNOWN_ORGANISATIONS,
  'un': 'United Nations', 'u.n.': 'United Nations', 'united nations': 'United Nations', 'the united nations': 'United Nations',
  'eu': 'European Union', 'e.u.': 'European Union', 'european union': 'European Union', 'the european union': 'European Union',
  'nato': 'NATO', 'north atlantic treaty organization': 'NATO',
  'fbi': 'FBI', 'federal bureau of investigation': 'FBI', 'cia': 'CIA', 'central intelligence agency': 'CIA',
  'nsa': 'NSA', 'national security agency': 'NSA', 'dhs': 'Department of Homeland Security', 'doj': 'Justice Department',
  'justice department': 'Justice Department', 'department of justice': 'Justice Department',
  'state department': 'State Department', 'department of state': 'State Department',
  'defense department': 'Pentagon', 'department of defense': 'Pentagon', 'pentagon': 'Pentagon', 'the pentagon': 'Pentagon',
  'white house': 'White House', 'the white house': 'White House', 'kremlin': 'Kremlin', 'the kremlin': 'Kremlin',
  'congress': 'Congress', 'senate': 'Senate', 'the senate': 'Senate', 'house of representatives': 'House of Representatives',
  'supreme court': 'Supreme Court', 'the supreme court': 'Supreme Court', 'scotus': 'Supreme Court',
  'gop': 'Republican Party', 'republican party': 'Republican Party', 'democratic party': 'Democratic Party',
  'dnc': 'Democratic National Committee', 'democratic national committee': 'Democratic National Committee',
  'rnc': 'Republican National Committee', 'republican national committee': 'Republican National Committee',
  'who': 'World Health Organization', 'world health organization': 'World Health Organization',
  'imf': 'International Monetary Fund', 'international monetary fund': 'International Monetary Fund',
  'wto': 'World Trade Organization', 'opec': 'OPEC', 'osce': 'OSCE', 'iaea': 'IAEA', 'icc': 'International Criminal Court',
  'cdc': 'CDC', 'centers for disease control and prevention': 'CDC', 'fda': 'FDA', 'epa': 'EPA', 'irs': 'IRS',
  'sec': 'SEC', 'fed': 'Federal Reserve', 'federal reserve': 'Federal Reserve', 'the fed': 'Federal Reserve',
  'nasa': 'NASA', 'ice': 'ICE', 'dea': 'DEA', 'atf': 'ATF', 'fcc': 'FCC', 'ftc': 'FTC', 'gao': 'GAO', 'cbo': 'CBO',
  'fsb': 'FSB', 'gru': 'GRU', 'kgb': 'KGB', 'svr': 'SVR', 'mi6': 'MI6', 'mossad': 'Mossad', 'hamas': 'Hamas',
  'hezbollah': 'Hezbollah', 'isis': 'Islamic State', 'isil': 'Islamic State', 'islamic state': 'Islamic State',
  'al qaeda': 'al Qaeda', 'al-qaeda': 'al Qaeda', 'taliban': 'Taliban', 'the taliban': 'Taliban',
  'reuters': 'Reuters', 'ap': 'Associated Press', 'associated press': 'Associated Press', 'the associated press': 'Associated Press',
  'afp': 'AFP', 'agence france-presse': 'AFP', 'xinhua': 'Xinhua', 'tass': 'TASS', 'ria novosti': 'RIA Novosti',
  'interfax': 'Interfax', 'ians': 'IANS', 'pti': 'PTI', 'bloomberg': 'Bloomberg', 'cnn': 'CNN', 'bbc': 'BBC', 'nbc': 'NBC',
  'abc': 'ABC', 'cbs': 'CBS', 'msnbc': 'MSNBC', 'fox news': 'Fox News', 'npr': 'NPR', 'pbs': 'PBS', 'c-span': 'C-SPAN',
  'cspan': 'C-SPAN', 'dw': 'DW', 'deutsche welle': 'DW', 'rfe/rl': 'RFE/RL', 'radio free europe': 'RFE/RL',
  'new york times': 'The New York Times', 'the new york times': 'The New York Times', 'washington post': 'The Washington Post',
  'the washington post': 'The Washington Post', 'wall street journal': 'The Wall Street Journal',
  'the wall street journal': 'The Wall Street Journal', 'the hill': 'The Hill', 'politico': 'Politico', 'axios': 'Axios',
  'breitbart': 'Breitbart', 'the guardian': 'The Guardian', 'guardian': 'The Guardian', 'the times': 'The Times',
  'moscow times': 'The Moscow Times', 'the moscow times': 'The Moscow Times', 'twitter': 'Twitter', 'facebook': 'Facebook',
  'google': 'Google', 'apple': 'Apple', 'amazon': 'Amazon', 'microsoft': 'Microsoft', 'youtube': 'YouTube',
  'instagram': 'Instagram', 'tiktok': 'TikTok', 'huawei': 'Huawei', 'gazprom': 'Gazprom', 'rosneft': 'Rosneft',
  'naacp': 'NAACP', 'aclu': 'ACLU', 'nra': 'NRA', 'aipac': 'AIPAC', 'nfl': 'NFL', 'nba': 'NBA', 'mlb': 'MLB',
  'european commission': 'European Commission', 'security council': 'UN Security Council', 'un security council': 'UN Security Council',
};

/**
 * Demonyms and nationality adjectives -> the place. "Russian" is an adjective ("Russian
 * officials"), never a person by itself; it is not a mention of Russia either, but it is used
 * to resolve descriptions ("the Russian diplomat") and to keep roles ("Russian Foreign
 * Minister") apart from names.
 */
export const DEMONYMS: Record<string, string> = {
  american: 'United States', 'u.s.': 'United States', russian: 'Russia', soviet: 'Soviet Union', chinese: 'China',
  british: 'United Kingdom', english: 'England', french: 'France', german: 'Germany', italian: 'Italy', spanish: 'Spain',
  ukrainian: 'Ukraine', polish: 'Poland', turkish: 'Turkey', iranian: 'Iran', iraqi: 'Iraq', syrian: 'Syria',
  israeli: 'Israel', palestinian: 'Palestine', saudi: 'Saudi Arabia', egyptian: 'Egypt', indian: 'India',
  pakistani: 'Pakistan', afghan: 'Afghanistan', japanese: 'Japan', korean: 'Korea', 'north korean': 'North Korea',
  'south korean': 'South Korea', canadian: 'Canada', mexican: 'Mexico', brazilian: 'Brazil', venezuelan: 'Venezuela',
  cuban: 'Cuba', european: 'Europe', african: 'Africa', asian: 'Asia', australian: 'Australia', dutch: 'Netherlands',
  belgian: 'Belgium', swedish: 'Sweden', norwegian: 'Norway', danish: 'Denmark', finnish: 'Finland', greek: 'Greece',
  hungarian: 'Hungary', czech: 'Czech Republic', romanian: 'Romania', bulgarian: 'Bulgaria', serbian: 'Serbia',
  croatian: 'Croatia', belarusian: 'Belarus', georgian: 'Georgia', armenian: 'Armenia', kazakh: 'Kazakhstan',
  lebanese: 'Lebanon', jordanian: 'Jordan', libyan: 'Libya', nigerian: 'Nigeria', kenyan: 'Kenya', ethiopian: 'Ethiopia',
  'south african': 'South Africa', irish: 'Ireland', scottish: 'Scotland', welsh: 'Wales', swiss: 'Switzerland',
  austrian: 'Austria', portuguese: 'Portugal', argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile',
  colombian: 'Colombia', peruvian: 'Peru', vietnamese: 'Vietnam', thai: 'Thailand', indonesian: 'Indonesia',
  filipino: 'Philippines', taiwanese: 'Taiwan', emirati: 'United Arab Emirates', qatari: 'Qatar', yemeni: 'Yemen',
  kurdish: 'Kurdistan', crimean: 'Crimea', muscovite: 'Moscow', texan: 'Texas', californian: 'California',
  western: 'the West', arab: 'Arab world', muslim: 'Islam', christian: 'Christianity', jewish: 'Judaism',
  catholic: 'Catholic Church', latino: 'Latin America', hispanic: 'Latin America', 'pro-russian': 'Russia',
  'anti-russian': 'Russia', republican: 'Republican Party', democratic: 'Democratic Party',
};

/** Country-name adjective groups that stay apart from the name: "Russia's" is Russia, "Russian" is not an entity. */
export const DEMONYM_PLURALS: Record<string, string> = {
  americans: 'United States', russians: 'Russia', chinese: 'China', britons: 'United Kingdom', ukrainians: 'Ukraine',
  iranians: 'Iran', israelis: 'Israel', palestinians: 'Palestine', syrians: 'Syria', germans: 'Germany', europeans: 'Europe',
  democrats: 'Democratic Party', republicans: 'Republican Party',
};

/** "First Last" -> "First Last" with each word capitalised (for gazetteer keys). */
export function titleCase(key: string): string {
  return key.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\bOf\b/g, 'of');
}

/**
 * Female given names among GIVEN_NAMES: with the honorifics they keep "Mr. Obama" apart from
 * "Michelle Obama" and send "Mrs. Clinton" to Hillary rather than Bill.
 */
export const FEMALE_GIVEN_NAMES = words(`
  alexandria|alice|alicia|alison|allison|amanda|amber|amy|ana|andrea|angela|angelina|ann|anna|anne|annie|april|ashley|audrey|
  ayanna|barbara|betsy|beth|betty|brenda|caitlin|carly|carol|caroline|carolyn|catherine|cathy|chelsea|cheryl|christina|christine|
  cindy|claire|claudia|courtney|cynthia|dana|debbie|deborah|debra|diana|diane|dianne|donna|elaine|elizabeth|ellen|emily|emma|erin|
  fiona|gina|grace|gretchen|hannah|heather|heidi|helen|hillary|hope|ilhan|ivanka|jackie|jacinda|jane|janet|jean|jeanne|jen|jenna|
  jennifer|jenny|jessica|jill|joan|joanna|joni|joyce|judith|judy|julia|julie|kamala|karen|karine|kate|katherine|kathleen|kathy|
  katie|kay|kayleigh|kellyanne|kimberly|kirsten|kristen|laura|lauren|leslie|lindsey|linda|lisa|liz|loretta|lori|lucy|lynn|maria|
  marie|marine|marsha|martha|mary|maxine|megan|melania|melissa|michele|michelle|nancy|naomi|natalie|nicola|nicole|nikki|nina|
  norah|olga|olivia|pamela|patricia|patty|paula|pramila|rachel|rashida|rebecca|rosa|ruth|sally|samantha|sandra|sarah|sharon|
  sheila|shelley|sonia|sophie|stacey|stephanie|susan|suzanne|tammy|tara|teresa|theresa|tina|tracy|tulsi|ursula|valentina|
  valerie|vanessa|victoria|virginia|wendy|yulia|zoe|avril|gabby|sarah|minyon|donna|michelle|theresa|angela|shelley|lindsey|
  abigail|adele|adrienne|agnes|aileen|alma|amelia|anita|annette|antoinette|arlene|beatrice|becky|belinda|bernadette|bonnie|
  brandy|bridget|brittany|brooke|camille|candace|candice|carla|carmen|cassandra|cecilia|celeste|charlene|christy|colleen|connie|
  constance|corinne|delores|denise|desiree|dolores|dora|doris|dorothy|edith|edna|eileen|eleanor|elena|elise|ella|eloise|elsie|
  erica|erika|esther|ethel|eva|evelyn|felicia|frances|francine|gail|gayle|geraldine|gladys|glenda|gloria|gwen|harriet|hazel|ida|
  imogen|irene|jacqueline|jana|janice|jeanette|jeannie|jocelyn|josephine|juanita|kara|karla|kathryn|katrina|kayla|kelli|kendra|
  kristi|kristin|kristina|krystal|lana|latoya|leah|lena|lillian|lois|lorraine|louise|lucille|lydia|mabel|madeline|mae|mallory|
  mandy|marcia|margaret|margarita|marian|marilyn|marjorie|marla|marlene|maureen|meghan|melanie|meredith|mildred|miranda|miriam|
  misty|molly|monica|muriel|myrtle|nadine|nell|nora|norma|opal|paige|pauline|peggy|phyllis|priscilla|rachael|ramona|renee|
  rhonda|rita|roberta|robyn|rochelle|rosalind|rosemary|roxanne|sabrina|sadie|sara|selena|shana|shari|sheryl|shirley|sonya|
  stacy|stella|sue|sylvia|tabitha|tamara|tanya|tasha|terri|thelma|tiffany|toni|tonya|traci|trisha|vera|verna|veronica|vicki|
  vickie|viola|vivian|wanda|whitney|wilma|yolanda|yvonne
`);

/**
 * Given names borne by women and men alike in English-language news ("Lindsay Lohan", "Lindsay
 * Graham"; "Kim Davis", "Kim Jong Un"): they say nothing of a person's gender.
 */
export const UNISEX_GIVEN_NAMES = words(`
  pat|sam|chris|alex|alexis|jordan|cameron|taylor|casey|jean|lee|kelly|tracy|dale|gene|sidney|jesse|shannon|kim|jo|jan|robin|
  lindsay|jamie|morgan|kendall|jess|jody|kris|terry|toby|ari|dana|leslie|ashley|jackie|billie|carey|drew|ollie|jackie|frankie
`);

/** Honorifics of women and of men. */
export const FEMALE_HONORIFICS = words('mrs|mrs.|ms|ms.|miss');
export const MALE_HONORIFICS = words('mr|mr.');

/**
 * Well-known people whose surname alone names them in news ("President Obama", "Mr. Obama"):
 * a one-word mention goes to a person of that surname with another given name only when
 * nothing else says it is the well-known one.
 */
export const WELL_KNOWN_PEOPLE: Record<string, string> = {
  obama: 'Barack Obama', trump: 'Donald Trump', biden: 'Joe Biden', putin: 'Vladimir Putin', merkel: 'Angela Merkel',
  macron: 'Emmanuel Macron', netanyahu: 'Benjamin Netanyahu', pelosi: 'Nancy Pelosi', mcconnell: 'Mitch McConnell',
  schumer: 'Chuck Schumer', pence: 'Mike Pence', pompeo: 'Mike Pompeo', lavrov: 'Sergey Lavrov', kushner: 'Jared Kushner',
  giuliani: 'Rudy Giuliani', mueller: 'Robert Mueller', comey: 'James Comey', romney: 'Mitt Romney', erdogan: 'Recep Tayyip Erdogan',
};

/**
 * Given names that news uses alone for one well-known person ("If Hillary wins", "Jeb's
 * campaign"): a one-word mention is that person when the article names no other person of
 * that given name (merge.ts joins it to one it does name).
 */
export const WELL_KNOWN_FIRST_NAMES: Record<string, string> = {
  hillary: 'Hillary Clinton', bernie: 'Bernie Sanders', jeb: 'Jeb Bush', melania: 'Melania Trump', ivanka: 'Ivanka Trump',
  barack: 'Barack Obama', kamala: 'Kamala Harris', mitt: 'Mitt Romney', newt: 'Newt Gingrich', rudy: 'Rudy Giuliani',
  beto: "Beto O'Rourke", bibi: 'Benjamin Netanyahu',
};

/** Honorifics stay part of the surface form ("Mr. Lavrov" is a variant of Lavrov), they are not roles. */
export const HONORIFICS = words('mr|mr.|mrs|mrs.|ms|ms.|miss|mx|mx.|messrs.');

/**
 * Verbs that, right after a capitalised run, make it a person when nothing else typed it
 * ("Judd Deere said", "Lavrov told reporters"). Organisations and places say things too
 * ("Moscow said", "Reuters reported"); the tables are checked before this cue.
 */
export const PERSON_VERBS_AFTER = words(`
  said|says|told|tells|added|adds|wrote|writes|tweeted|tweets|asked|asks|argued|argues|noted|notes|explained|explains|
  insisted|insists|stated|declared|claimed|claims|replied|responded|testified|acknowledged|admitted|recalled|joked|
  laughed|smiled|shouted|whispered|conceded|contended|countered|continued|emphasized|emphasised|stressed|suggested|
  believes|believed|thinks|thought|knows|knew|wants|wanted|met|meets|spoke|speaks|called|calls|praised|criticized|
  criticised|accused|blasted|slammed|urged|warned|vowed|pledged|promised|hopes|hoped|tried|tries|became|served|
  resigned|died|won|lost|ran|runs|visited|traveled|travelled|arrived|left|returned|signed|nominated|appointed|
  pushed|pointed|seemed|appeared|pleaded|sued|faces|faced
`);

/** Words right before a capitalised run that make it a person (", said Lavrov", "according to Peskov" is left out: organisations too). */
export const PERSON_CUES_BEFORE = words('said|says|asked|added|told|wrote|tweeted|dear');

/** Lowercase nouns after a surname that make it a person: "the Obama administration", "the Clinton campaign". */
export const NAMED_AFTER_PERSON = words('administration|campaign|presidency|family|foundation|doctrine|era|camp|allies|aides|loyalists|supporters|impeachment|tweet|tweets');

/**
 * All-caps words that are not organisations: units, time zones, common abbreviations and
 * shouted words of headlines and social posts ("PR disaster", "12:00 UTC", "SPOTTED:").
 */
export const NOT_ACRONYMS = words(`
  utc|gmt|est|edt|pst|pdt|cet|am|pm|a.m.|p.m.|pr|tv|ceo|cfo|gdp|id|ok|usd|eur|rub|km|kg|mph|faq|pdf|url|html|
  lol|omg|rip|vip|diy|asap|fyi|aka|vs|etc|spotted|breaking|watch|update|exclusive|live|video|photos|new|read|
  more|also|and|the|not|no|yes|text|start|stop|u-s-a|covid|covid-19|sars|hiv|aids|dna|ai|it|ii|iii|iv|vi|vii|viii|ix|xi|xii|
  ak|ak-47|gps|ko|tko|mvp|gi|wwi|wwii|dwi|dui|bst|cctv|suv|atv|icu|iq|rpg|pow|mia|gop-led|
`);

/**
 * Lowercase nouns right before a capitalised name that make it an organisation: "German
 * magazine Bild", "the news agency Xinhua", "the ride-sharing company Uber".
 */
export const ORG_CUES_BEFORE = words(`
  newspaper|magazine|tabloid|daily|weekly|agency|broadcaster|channel|network|station|outlet|website|site|publication|
  company|firm|group|party|organization|organisation|charity|nonprofit|non-profit|union|bank|automaker|carmaker|airline|
  retailer|startup|giant|conglomerate|insurer|lender|manufacturer|publisher|studio|label|university|college|school|
  militia|faction|movement|coalition|alliance|think-tank|institute|foundation|committee|team|club|band|app|platform
`);

/**
 * Surnames that news uses alone for one well-known person ("Obama's former strategist"): a
 * one-word run among these is a person even with no other cue. Only surnames that are not
 * also common words, places or other famous people's names (no "Harris", "Johnson", "Clinton").
 */
export const KNOWN_SURNAMES = words(`
  obama|trump|biden|putin|merkel|macron|netanyahu|erdogan|zelensky|zelenskiy|zelenskyy|pelosi|mcconnell|schumer|pence|
  romney|pompeo|lavrov|kushner|giuliani|mueller|comey|assad|khamenei|rouhani|modi|trudeau|sunak|scholz|
  bolsonaro|duterte|maduro|lukashenko|orban|navalny|peskov|medvedev|kaine|rubio|desantis|ocasio-cortez|manchin|mccain|
  kavanaugh|bolton|tillerson|mattis|haley|bannon|spicer|mcenany|psaki|blinken|fauci|
  yellen|buttigieg|cuomo|newsom|pritzker|whitmer|schiff|nadler|gaetz|cheney|
  kinzinger|scalise|hoyer|clyburn|jeffries|kasich|jinping|kishida|lapid|
  gantz|abbas|sisi|bezos|zuckerberg|buffett|soros|snowden|assange|manafort|avenatti
`);

/** Lowercase nouns right after a capitalised name that make it an organisation: "whose Delegates Unbound group". */
export const ORG_CUES_AFTER = words(`
  group|organization|organisation|company|firm|coalition|movement|network|newspaper|magazine|website|agency|association|
  union|party|charity|nonprofit|think tank|militia|brand|chain|airline|bank|
  spokesperson|spokesman|spokeswoman|shareholders|executives|shares|stock|subsidiary|poll|survey
`);

/**
 * Context that makes an unknown capitalised name an organisation: companies, outlets and
 * agencies take "the", have shares and chief executives, employ analysts and fellows, and
 * report. Checked after the tables and cue words and before the context that makes a person
 * ("X said"); a person's surname typed this way ("a spokesman for Fowler") goes back to the
 * person in `merge.ts` when the article names that person. Names starting with a known given
 * name or ending with a well-known surname are never typed by these.
 */
/** Lowercase words right before the name (up to three, joined by spaces): "told the Post", "shares of Acme". */
export const ORG_PHRASES_BEFORE = words(`
  told the|according to the|reported by the|published by the|obtained by the|cited by the|quoted by the|
  shares of|stake in|unit of|subsidiary of|division of|acquired by|merger with|
  spokesperson for|spokesman for|spokeswoman for|spokesperson for the|spokesman for the|spokeswoman for the
`);
/** Lowercase nouns of people who work at an organisation, before "at" or "with": "a fellow at Brookings", "an analyst with Moody". */
export const ORG_MEMBER_NOUNS = words(`
  fellow|fellows|professor|analyst|analysts|economist|economists|researcher|researchers|scientist|scientists|executive|
  executives|employee|employees|engineer|engineers|spokesperson|spokesman|spokeswoman|director|manager|partner|
  consultant|reporter|editor|correspondent|columnist|anchor|producer|contributor|strategist|pollster|chairman|
  founder|ceo|staffer|staffers
`);
/** Lowercase words after "X's" that only an organisation has: "Acme's chief executive", "Moderna's vaccine". */
export const ORG_POSSESSIONS = words(`
  chief executive|chief financial officer|chief operating officer|ceo|board of directors|shareholders|shares|stock|
  share price|stock price|subsidiary|parent company|executives|vaccine|vaccines|earnings|profits|revenue|
  market value|stores|factories|plant|plants|customers|subscribers
`);
/**
 * Lowercase words that may follow "told the X", "according to the X" (function words, time
 * words). Any other lowercase word makes X a modifier of that word, not a name: "told the
 * Qatar-based channel", "a spokesman for the Clinton campaign".
 */
export const AFTER_ORG_NAME = words(`
  that|on|in|last|this|about|earlier|after|before|and|or|when|which|while|because|as|recently|yesterday|today|
  tomorrow|of|for|at|by|with|from|via|is|was|has|had|will|would|during|since|but|so|than|then|again|also|in|
  it|he|she|they|we|there|to|into|over|under|where|who|whose|if|not
`);
/** Verbs after "the X" that make it an organisation (people take no article): "the Post reported". */
export const REPORTING_VERBS = words('reported|reports|said|says|announced|announces|found|estimated|estimates|published|wrote|noted|added|confirmed|denied|declined|revealed|obtained');

/** Party adjectives: part of an organisation's name ("Democratic National Committee"), a modifier before a chamber ("a Democratic Senate"). */
export const PARTY_ADJECTIVES = words('democratic|republican|conservative|labour|liberal|socialist|communist|green|libertarian');

/** US states, lowercase, for "Lynchburg, Va." (a town before its state is a place). */
export const US_STATES = words(`
  alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|
  iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|
  nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|
  rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming
`);

/**
 * Postal codes of the states, read only in capitals right after "Town, " ("Lynchburg, VA"):
 * alone they are words or other names ("IN", "OR", "VA" for Veterans Affairs).
 */
export const POSTAL_CODES: Record<string, string> = {
  al: 'Alabama', ak: 'Alaska', az: 'Arizona', ar: 'Arkansas', ca: 'California', co: 'Colorado', ct: 'Connecticut', de: 'Delaware',
  fl: 'Florida', ga: 'Georgia', hi: 'Hawaii', id: 'Idaho', il: 'Illinois', in: 'Indiana', ia: 'Iowa', ks: 'Kansas', ky: 'Kentucky',
  la: 'Louisiana', me: 'Maine', md: 'Maryland', ma: 'Massachusetts', mi: 'Michigan', mn: 'Minnesota', ms: 'Mississippi',
  mo: 'Missouri', mt: 'Montana', ne: 'Nebraska', nv: 'Nevada', nh: 'New Hampshire', nj: 'New Jersey', nm: 'New Mexico',
  ny: 'New York', nc: 'North Carolina', nd: 'North Dakota', oh: 'Ohio', ok: 'Oklahoma', or: 'Oregon', pa: 'Pennsylvania',
  ri: 'Rhode Island', sc: 'South Carolina', sd: 'South Dakota', tn: 'Tennessee', tx: 'Texas', ut: 'Utah', vt: 'Vermont',
  va: 'Virginia', wa: 'Washington', wv: 'West Virginia', wi: 'Wisconsin', wy: 'Wyoming', dc: 'Washington',
};

/** Titles that are never a surname when written alone: "the Mayor said", "Mr. President", "the Chief Clerk". */
export const TITLE_ONLY = words('president|mayor|clerk|chairman|chairwoman|speaker|governor|senator|secretary|minister|director|lord|sheriff|commissioner|ambassador|spokesman|spokeswoman|premier|chancellor|president-elect');

/** A state's chambers after its name: "the Texas House", "the Ohio Legislature". */
export const STATE_CHAMBERS = words('house|legislature|general assembly|assembly|senate|house of delegates');

/** Compass adjectives before a place of the tables: "the Eastern United States" is the United States. */
export const DIRECTIONS = words('eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|midwestern|upstate|downstate');

/** Group nouns after an organisation's name: "Senate Republicans" is the Senate (and a group of its members). */
export const GROUP_NOUNS = words('republicans|democrats|conservatives|liberals|lawmakers|leaders|members|officials|staffers|negotiators|investigators|prosecutors|voters|supporters|critics|allies');

/** Prepositions after which an unknown name is most often a place: "an event in Cheyenne". */
export const PLACE_PREPOSITIONS = words('in|near|outside|throughout');

/** Geographic cue words that end a place name: "Crimean Peninsula", "Sea of Japan", "Orange County". */
export const PLACE_SUFFIXES = words('peninsula|sea|ocean|river|lake|mountains|mountain|island|islands|bay|gulf|strait|straits|valley|desert|coast|canal|county|province|region|oblast|prefecture|district|territory|territories|heights|plateau|basin|delta|falls|springs|beach|harbor|harbour');

/** Geographic cue words that start a place name before "of": "Sea of Japan", "Gulf of Mexico", "Strait of Hormuz". */
export const PLACE_PREFIXES = words('sea|gulf|strait|straits|bay|isle|island|islands|republic|kingdom|city|state|province|county|port|cape|lake|mount|district');

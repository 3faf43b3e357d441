/**
 * Words that say nothing about which event an article reports. Function words (the usual English
 * list) and the vocabulary every news report shares ("said", "told", "reported", weekdays): left
 * in, they make unrelated reports look alike and dilute the distinctive terms that do matter.
 * Weekdays and month names are dropped here because a date is compared as a date, not a word.
 */
const FUNCTION_WORDS = `a about above after again against all almost along already also although always am among an and
another any anyone anything are around as at back be became because been before being below between both but by
can cannot could did do does doing done down during each either else enough even ever every few for from further
get gets getting got had has have having he her here hers herself him himself his how however i if in into is it
its itself just least less like made make makes many may me might mine more most much must my myself neither never
no nor not now of off often on once one only onto or other others our ours ourselves out over own per perhaps
rather same several she should since so some something still such than that the their theirs them themselves then
there these they this those though through thus to too toward towards under until up upon us very via was we well
were what whatever when where whether which while who whom whose why will with within without would yet you your
yours yourself yourselves s t don didn doesn isn wasn weren won wouldn couldn shouldn aren hasn haven ll re ve d m`;

const NEWS_WORDS = `said says say saying told tell tells according reported report reports reporting reporter reporters
news new statement statements added adding asked ask noted announced spokesman spokeswoman spokesperson
week weeks day days year years month months time times today yesterday tomorrow tonight morning afternoon evening night
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr first second third last next two three four five six seven eight nine ten
people including including going way want wants wanted know known think see seen come came take took told percent
including according told image images photo photos video read click via getty ap afp reuters copyright`;

/** The stop list, lower-case. */
export const STOPWORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${NEWS_WORDS}`.split(/\s+/).filter(Boolean));

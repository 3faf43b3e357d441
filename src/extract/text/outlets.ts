/**
 * Outlet names: news domains and wire agencies. Data, not code: add a row when a new outlet
 * shows up with a name that title-casing its domain would get wrong.
 */

/**
 * Registered news domains -> the name the outlet uses for itself. Only domains whose name
 * cannot be derived by title-casing the domain need to be here (most of them).
 */
export const OUTLET_DOMAINS: Record<string, string> = {
  'themoscowtimes.com': 'The Moscow Times',
  'thehill.com': 'The Hill',
  'dw.com': 'DW',
  'rferl.org': 'RFE/RL',
  'ianslive.in': 'IANS',
  'reuters.com': 'Reuters',
  'apnews.com': 'AP',
  'afp.com': 'AFP',
  'upi.com': 'UPI',
  'tass.com': 'TASS',
  'tass.ru': 'TASS',
  'xinhuanet.com': 'Xinhua',
  'news.cn': 'Xinhua',
  'rt.com': 'RT',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'theguardian.com': 'The Guardian',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
  'dailymail.co.uk': 'Daily Mail',
  'cnn.com': 'CNN',
  'foxnews.com': 'Fox News',
  'foxbusiness.com': 'Fox Business',
  'msnbc.com': 'MSNBC',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'go.com': 'ABC News',
  'cnbc.com': 'CNBC',
  'npr.org': 'NPR',
  'pbs.org': 'PBS',
  'politico.com': 'Politico',
  'axios.com': 'Axios',
  'vox.com': 'Vox',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'nypost.com': 'New York Post',
  'nydailynews.com': 'New York Daily News',
  'chicagotribune.com': 'Chicago Tribune',
  'bostonglobe.com': 'The Boston Globe',
  'theatlantic.com': 'The Atlantic',
  'newyorker.com': 'The New Yorker',
  'newsweek.com': 'Newsweek',
  'time.com': 'Time',
  'bloomberg.com': 'Bloomberg',
  'businessinsider.com': 'Business Insider',
  'huffpost.com': 'HuffPost',
  'huffingtonpost.com': 'HuffPost',
  'thedailybeast.com': 'The Daily Beast',
  'slate.com': 'Slate',
  'salon.com': 'Salon',
  'motherjones.com': 'Mother Jones',
  'theintercept.com': 'The Intercept',
  'washingtonexaminer.com': 'Washington Examiner',
  'washingtontimes.com': 'The Washington Times',
  'nationalreview.com': 'National Review',
  'thefederalist.com': 'The Federalist',
  'dailywire.com': 'The Daily Wire',
  'dailycaller.com': 'The Daily Caller',
  'breitbart.com': 'Breitbart',
  'westernjournal.com': 'The Western Journal',
  'newsmax.com': 'Newsmax',
  'oann.com': 'One America News',
  'theblaze.com': 'TheBlaze',
  'reason.com': 'Reason',
  'csmonitor.com': 'The Christian Science Monitor',
  'aljazeera.com': 'Al Jazeera',
  'france24.com': 'France 24',
  'euronews.com': 'Euronews',
  'cbc.ca': 'CBC',
  'theglobeandmail.com': 'The Globe and Mail',
  'abc.net.au': 'ABC News (Australia)',
  'smh.com.au': 'The Sydney Morning Herald',
  'timesofindia.indiatimes.com': 'The Times of India',
  'indiatimes.com': 'The Times of India',
  'hindustantimes.com': 'Hindustan Times',
  'thehindu.com': 'The Hindu',
  'scmp.com': 'South China Morning Post',
  'japantimes.co.jp': 'The Japan Times',
  'haaretz.com': 'Haaretz',
  'timesofisrael.com': 'The Times of Israel',
  'spiegel.de': 'Der Spiegel',
  'lemonde.fr': 'Le Monde',
  'kyivindependent.com': 'The Kyiv Independent',
  'meduza.io': 'Meduza',
};

/**
 * Wire agencies and how they sign: a signature line "(IANS)", a dateline "WASHINGTON (Reuters) -"
 * or a byline "By Reuters" names the agency, not a person. Keys are matched case-sensitively
 * because agency abbreviations are written in capitals ("AP", not "ap").
 */
export const AGENCIES: Record<string, string> = {
  Reuters: 'Reuters',
  AP: 'AP',
  'Associated Press': 'AP',
  'The Associated Press': 'AP',
  AFP: 'AFP',
  'Agence France-Presse': 'AFP',
  UPI: 'UPI',
  IANS: 'IANS',
  PTI: 'PTI',
  ANI: 'ANI',
  Xinhua: 'Xinhua',
  TASS: 'TASS',
  Interfax: 'Interfax',
  dpa: 'dpa',
  DPA: 'dpa',
  EFE: 'EFE',
  Bloomberg: 'Bloomberg',
  CNN: 'CNN',
};

/**
 * Second-level labels under which registries sell names (`bbc.co.uk`, `abc.net.au`): the
 * registered domain then has three labels. A short list is enough for news sites.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/** `www.p.dw.com` -> `dw.com`; `news.bbc.co.uk` -> `bbc.co.uk`. */
export function registeredDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const n = labels.length;
  const keep = SECOND_LEVEL.has(labels[n - 2]) && labels[n - 1].length === 2 ? 3 : 2;
  return labels.slice(n - keep).join('.');
}

/** The outlet of a URL: the table first (full host, then registered domain), else the domain title-cased. */
export function outletFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
  if (!host.includes('.')) return null;
  if (OUTLET_DOMAINS[host]) return OUTLET_DOMAINS[host];
  const domain = registeredDomain(host);
  if (OUTLET_DOMAINS[domain]) return OUTLET_DOMAINS[domain];
  // last resort: "examplenews.com" -> "Examplenews", "example-news.com" -> "Example News";
  // better a recognisable name than none
  const name = domain.split('.')[0];
  if (name.length < 2) return null;
  return name
    .split('-')
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The agency named by a signature or byline ("Reuters", "IANS", "The Associated Press"), if known. */
export function agencyName(name: string): string | null {
  const key = name.trim();
  return AGENCIES[key] ?? null;
}

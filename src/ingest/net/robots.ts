/**
 * robots.txt (RFC 9309): the group for our user agent (else `*`), longest matching rule wins,
 * `Allow` wins a tie, `*` and `$` wildcards. A missing file (4xx) allows everything; a server
 * error (5xx) disallows everything, as the RFC asks.
 */

/** The product token matched against `User-agent` lines. */
export const ROBOTS_AGENT = 'triangulate';

/** One Allow/Disallow line. */
interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

/** The rules that apply to us. */
export interface Robots {
  rules: Rule[];
  /** true when the file could not be read because of a server error: everything is disallowed */
  disallowAll?: boolean;
}

function toRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Parses robots.txt and keeps the group for `agent` (else the `*` group). */
export function parseRobots(text: string, agent = ROBOTS_AGENT): Robots {
  const groups: Array<{ agents: string[]; rules: Rule[] }> = [];
  let current: { agents: string[]; rules: Rule[] } | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = m[1].toLowerCase();
    const value = m[2].trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (field !== 'allow' && field !== 'disallow')) continue;
    if (field === 'disallow' && value === '') continue; // "Disallow:" allows everything
    current.rules.push({ allow: field === 'allow', pattern: value, regex: toRegex(value) });
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && agent.toLowerCase().includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return { rules: chosen.flatMap((g) => g.rules) };
}

/** True when `path` (path + query) may be fetched. */
export function isAllowed(robots: Robots, path: string): boolean {
  if (robots.disallowAll) return false;
  let best: Rule | null = null;
  for (const rule of robots.rules) {
    if (!rule.regex.test(path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best ? best.allow : true;
}

/**
 * Progress of long runs on a terminal: articles/s and stories, redrawn in place at most a few
 * times a second. Quiet when the stream is not a TTY (piped, redirected, CI), so that output
 * meant for files stays clean.
 */

/** Counts to show. */
export interface ProgressCounts {
  /** articles stored so far */
  articles: number;
  /** stories written so far */
  stories: number;
  /** articles found already stored */
  unchanged?: number;
}

export interface Progress {
  /** redraws the line (throttled) */
  update(counts: ProgressCounts): void;
  /** draws the final line and ends it */
  done(): void;
}

/** Redraws at most this often, so that the terminal is not the bottleneck. */
const REDRAW_MS = 200;

/** A progress line on `stream` when it is a TTY, else nothing. `now` is the clock in ms. */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, now: () => number = () => performance.now()): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = now();
  let last = -Infinity;
  let counts: ProgressCounts = { articles: 0, stories: 0 };
  const draw = () => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = counts.articles / seconds;
    const unchanged = counts.unchanged ? `, ${counts.unchanged} unchanged` : '';
    stream.write(`\r\x1b[K${counts.articles} articles (${rate.toFixed(1)}/s)${unchanged}, ${counts.stories} stories updated`);
  };
  return {
    update(next) {
      counts = next;
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      draw();
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}

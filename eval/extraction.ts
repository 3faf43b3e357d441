/** Scores the extraction stage on a public set (see ../shared/eval/README.md). */
export async function evaluate(dir: string, _opts: { limit?: number } = {}): Promise<unknown> {
  throw new Error(`eval extraction is not built yet (dataset ${dir})`);
}

/** The library API: the pipeline's stages and the whole job. */
export * from './core/types.js';
export { ingest } from './ingest/index.js';
export { extract } from './extract/index.js';
export { analyze } from './analyze/index.js';
export { cluster } from './cluster/index.js';
export { synthesize } from './synthesize/index.js';
export { render } from './render/index.js';
export { brief, clusterInputs, readArticles } from './pipeline.js';
export { abstractiveSummary } from './synthesize/abstractive.js';
export { openStore, DEFAULT_DB, StoreError } from './store/index.js';
export type { Store } from './store/index.js';
export { createApp, startServer } from './serve/index.js';

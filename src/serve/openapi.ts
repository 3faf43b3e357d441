/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. */

const error = {
  description: 'an error with its reason code (see core/messages.ts)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const paging = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const stored = {
  description: 'the articles stored (201), or all already stored unchanged (200)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Stored' } } },
};
const writeErrors = { '400': error, '401': error, '403': error, '413': error, '415': error, '422': error, '502': error, '503': error, '504': error };

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Triangulate', version: '1', description: 'Stories, cited briefings, articles and full-text search over the stored articles. Writes need `Authorization: Bearer <token>` when the server listens beyond localhost.' },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stories, newest or most covered first',
          parameters: [{ name: 'order', in: 'query', schema: { enum: ['newest', 'covered'], default: 'newest' } }, ...paging],
          responses: { '200': { description: 'a page of stories', content: { 'application/json': { schema: { type: 'object', properties: { stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } }, total: { type: 'integer' }, order: { type: 'string' }, limit: { type: 'integer' }, offset: { type: 'integer' } } } } } }, '400': error, '500': error, '503': error },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: "A story's briefing (the JSON of `triangulate brief --format json`, one story)",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'words', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 5000 }, description: 'cap of the summary in words (default 120)' }],
          responses: { '200': { description: 'the briefing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Briefing' } } } }, '404': error, '500': error, '503': error },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'An article: cleaned text, metadata, the story it belongs to',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'URL-encoded article id' }],
          responses: { '200': { description: 'the article', content: { 'application/json': { schema: { $ref: '#/components/schemas/Article' } } } }, '404': error, '500': error, '503': error },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Upload an article (JSON, JSONL, HTML, text or Markdown); stored and clustered at once',
          parameters: [{ name: 'id', in: 'query', schema: { type: 'string' }, description: 'article id for HTML/text uploads (default: a hash of the body)' }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' } } } },
              'application/x-ndjson': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
              'text/markdown': { schema: { type: 'string' } },
            },
          },
          responses: { '200': stored, '201': stored, ...writeErrors },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Fetch a URL (page or feed) and store its articles; private, loopback and link-local addresses are refused',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } } } } },
          responses: { '200': stored, '201': stored, ...writeErrors },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over titles and texts (all words must match)',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, ...paging],
          responses: { '200': { description: 'matching articles', content: { 'application/json': { schema: { type: 'object', properties: { query: { type: 'string' }, total: { type: 'integer' }, hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } } } } } }, '400': error, '500': error, '503': error },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['rule', 'reason'], properties: { rule: { type: 'string', description: 'reason code, e.g. bad-request, private-address, too-large, store-unavailable' }, reason: { type: 'string' } } }, messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } } } },
        Message: { type: 'object', properties: { severity: { enum: ['error', 'warning', 'info'] }, stage: { type: 'string' }, rule: { type: 'string' }, reason: { type: 'string' }, input: { type: 'string' } } },
        StorySummary: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' }, outlets: { type: 'integer' }, firstPublished: { type: ['string', 'null'] }, lastPublished: { type: ['string', 'null'] }, updatedAt: { type: 'string' }, version: { type: 'string' } } },
        Citation: { type: 'object', properties: { article: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } }, description: 'UTF-16 offsets into the article text' },
        Briefing: { type: 'object', description: 'see README, "JSON shape of brief --format json"', properties: { id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'array' }, summary: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, citations: { type: 'array', items: { $ref: '#/components/schemas/Citation' } } } } }, claims: { type: 'array' }, quotes: { type: 'array' }, contradictions: { type: 'array' }, timeline: { type: 'array' }, entities: { type: 'array' }, coverage: { type: 'array' }, offTopic: { type: 'array', items: { type: 'string' } }, messages: { type: 'array' } } },
        Article: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, byline: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, language: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, text: { type: 'string' }, extractedBy: { type: 'string' }, story: { type: ['string', 'null'] }, ingestedAt: { type: 'string' } } },
        SearchHit: { type: 'object', properties: { article: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, story: { type: ['string', 'null'] }, snippet: { type: 'string' } } },
        Stored: { type: 'object', properties: { articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, outcome: { enum: ['added', 'updated', 'unchanged'] }, story: { type: ['string', 'null'] } } } }, messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } } } },
      },
    },
  };
}

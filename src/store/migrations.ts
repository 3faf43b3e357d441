/**
 * Versioned migrations, applied in order and recorded in `migrations` (version, name, applied
 * at). Append a new entry to change the schema; never edit one that has shipped.
 * Times are ISO 8601 strings in both dialects, so that they compare the same way.
 */
import type { Dialect } from './types.js';

/** One schema change, written for each dialect. */
export interface Migration {
  /** 1, 2, 3 ... in order */
  version: number;
  /** what it does */
  name: string;
  /** statements, run in one transaction */
  sql: Record<Dialect, string[]>;
}

/**
 * Statements that read the same in both dialects (keys, stories, membership, briefing cache);
 * each dialect's list below spreads them in place, so the order of statements stays as written.
 */
const STORY_TABLES = [
  `CREATE TABLE article_keys (key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id))`,
  `CREATE INDEX article_keys_article ON article_keys (article_id)`,
  `CREATE TABLE stories (
    id TEXT PRIMARY KEY, title TEXT NOT NULL,
    articles INTEGER NOT NULL, outlets INTEGER NOT NULL,
    first_published TEXT, last_published TEXT,
    version TEXT NOT NULL, copies TEXT NOT NULL, off_topic TEXT NOT NULL,
    updated_at TEXT NOT NULL)`,
];

const STORY_LINKS = [
  `CREATE INDEX stories_covered ON stories (outlets DESC, articles DESC, id)`,
  `CREATE TABLE story_articles (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id))`,
  `CREATE TABLE briefings (story_id TEXT PRIMARY KEY, version TEXT NOT NULL, briefing TEXT NOT NULL, created_at TEXT NOT NULL)`,
];

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, stories, briefing cache, full-text search, work queue',
    sql: {
      sqlite: [
        `CREATE TABLE articles (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          hash TEXT NOT NULL,
          outlet TEXT, title TEXT, published TEXT, url TEXT,
          text TEXT NOT NULL,
          analyzed TEXT NOT NULL,
          source_kind TEXT, source TEXT,
          ingested_at TEXT NOT NULL,
          updated_at TEXT NOT NULL)`,
        ...STORY_TABLES,
        `CREATE INDEX stories_newest ON stories (last_published DESC, id)`,
        ...STORY_LINKS,
        `CREATE TABLE jobs (
          id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, key TEXT NOT NULL, payload TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'queued', worker TEXT, attempts INTEGER NOT NULL DEFAULT 0,
          lease_until TEXT, result TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
        `CREATE INDEX jobs_state ON jobs (state, id)`,
        `CREATE UNIQUE INDEX jobs_pending_key ON jobs (key) WHERE state IN ('queued', 'running')`,
        `CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`,
        `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END`,
        `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END`,
        `CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END`,
      ],
      postgres: [
        `CREATE TABLE articles (
          seq BIGSERIAL PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          hash TEXT NOT NULL,
          outlet TEXT, title TEXT, published TEXT, url TEXT,
          text TEXT NOT NULL,
          analyzed TEXT NOT NULL,
          source_kind TEXT, source TEXT,
          ingested_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED)`,
        `CREATE INDEX articles_search ON articles USING GIN (search)`,
        ...STORY_TABLES,
        `CREATE INDEX stories_newest ON stories (last_published DESC NULLS LAST, id)`,
        ...STORY_LINKS,
        `CREATE TABLE jobs (
          id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, payload TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'queued', worker TEXT, attempts INTEGER NOT NULL DEFAULT 0,
          lease_until TEXT, result TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
        `CREATE INDEX jobs_state ON jobs (state, id)`,
        `CREATE UNIQUE INDEX jobs_pending_key ON jobs (key) WHERE state IN ('queued', 'running')`,
      ],
    },
  },
];

/** The newest schema version this build knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

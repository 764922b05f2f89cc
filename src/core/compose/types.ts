import type { FactSource } from '../types';

/** A plain JSON value as compose config holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * The result of reading compose files the way `docker compose config` does.
 *
 * `config` has the canonical shape `docker compose config --format json` prints
 * (long syntax everywhere, durations as strings such as "10s", environment as a map,
 * default network added), holding only the services compose would run with the active profiles.
 */
export interface ComposeProject {
  name: string | null;
  config: JsonObject;
  /** Services left out because none of their profiles is active, in the same canonical shape. */
  inactive: Record<string, JsonObject>;
  /** Profiles that were active. */
  activeProfiles: string[];
  /** The compose files read, in merge order (workspace paths). */
  composeFiles: string[];
  /**
   * Provenance of each fact, keyed by a JSON Pointer into `config` (or into `inactive`
   * services with the same `/services/<name>/…` form): `/services/db`, `/services/db/image`,
   * `/services/api/depends_on/db`, `/services/web/ports/0`, `/services/db/healthcheck`,
   * `/networks/backend`, `/volumes/pg_data`. A fact set by an override file points at the
   * override and lists what it replaced in `overrides`.
   */
  provenance: Record<string, FactSource>;
}

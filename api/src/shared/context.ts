import type { EntityManager } from '@mikro-orm/postgresql';
import type { MaybeViewer } from '../modules/auth/viewer.js';
import type { ReadScope } from '../modules/scope/read-scope.js';

/**
 * The DataLoaders of one request. Each feature adds its own to this interface from its
 * `<feature>.loaders.ts` (TypeScript declaration merging), and src/loaders.ts builds them all;
 * a loader declared there but not built is a type error in src/loaders.ts.
 */
export interface Loaders {}

export interface Context {
  /** A fork per request: no identity map shared between requests (the API stays stateless). */
  em: EntityManager;
  loaders: Loaders;
  /** Who asks (modules/auth/viewer.ts); null = anonymous, let through by the HTTP layer only when ACCESS=open. */
  viewer: MaybeViewer;
  /** How writes of this request reach the database (audit `via`): `form` from the dashboard's forms, else `api`. */
  via: 'api' | 'form';
  /** What the viewer may read (modules/scope): every read path restricts its SQL with it. */
  scope: ReadScope;
}

/** Id of a many-to-one reference without loading it. */
export const refId = (ref: { id: number } | null | undefined): number | null => (ref ? ref.id : null);

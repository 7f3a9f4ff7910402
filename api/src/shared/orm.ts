import type { MikroORM } from '@mikro-orm/postgresql';
import type { EmbeddedServer } from './embedded.js';

/** An open database (src/database.ts opens one): the ORM, and the embedded server behind it when there is no DATABASE_URL. */
export interface Database {
  orm: MikroORM;
  embedded: EmbeddedServer | null;
  close(): Promise<void>;
}

import type { DocumentNode } from 'graphql';

/**
 * Apollo's store of parsed GraphQL documents, bounded by what they really hold (issue 17.6).
 * Apollo's default is 30 MiB counted as the JSON of each document, which leaves out its tokens
 * and locations: a parsed 140-character query holds ~10 KB of heap, 4.6 times its JSON (measured
 * with graphql 16), so a full default store is ~130 MB of heap, filled by distinct queries (a
 * fuzzer, or a client that inlines its values). Here a document weighs its source text (~75
 * bytes of heap a character), and the least recently used go once the sources add up to
 * `maxSourceChars`: 512 K characters, every operation of the dashboard many times over, ≈ 40 MB.
 */
export class DocumentStore {
  private docs = new Map<string, { doc: DocumentNode; weight: number }>();
  private total = 0;

  constructor(readonly maxSourceChars = 512 * 1024) {}

  /** How much source text the stored documents hold, and how many there are. */
  get size(): { documents: number; sourceChars: number } {
    return { documents: this.docs.size, sourceChars: this.total };
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    const hit = this.docs.get(key);
    if (!hit) return undefined;
    // most recently used last
    this.docs.delete(key);
    this.docs.set(key, hit);
    return hit.doc;
  }

  async set(key: string, doc: DocumentNode): Promise<void> {
    // the source's length, or for a document built without locations the key's (a hash: small)
    const weight = Math.max(key.length, doc.loc?.source.body.length ?? 0);
    if (weight > this.maxSourceChars) return;
    await this.delete(key);
    this.docs.set(key, { doc, weight });
    this.total += weight;
    for (const [k, v] of this.docs) {
      if (this.total <= this.maxSourceChars) break;
      this.docs.delete(k);
      this.total -= v.weight;
    }
  }

  async delete(key: string): Promise<boolean> {
    const had = this.docs.get(key);
    if (!had) return false;
    this.docs.delete(key);
    this.total -= had.weight;
    return true;
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from '../../test/api-process.js';
import { unwritableDir, type Unwritable } from '../../test/unwritable.js';

/**
 * The hub stays up through every failure of the export folder (issue 16.1): the API as `npm start`
 * runs it, packs scheduled every second into a folder it cannot write in.
 */
let api: ApiProcess | undefined;
let ro: Unwritable | undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-schedule-'));
afterAll(async () => {
  await api?.stop();
  ro?.remove();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const failures = (o: string) => o.split('\n').filter((l) => l.includes('periodic report failed'));

describe('scheduled report packs into an unwritable EXPORT_DIR', () => {
  it('each run is one log line, /healthz and GraphQL keep answering, and the pack is written once the folder is writable', async () => {
    ro = unwritableDir();
    api = await startApi({ DATA_DIR: path.join(dataDir, 'data'), EXPORT_CRON: '* * * * * *', EXPORT_DIR: ro.dir });
    // two failed runs, a second apart: the first did not take the process down
    await api.waitFor((o) => failures(o).length >= 2);
    expect((await fetch(`${api.url}/healthz`)).ok).toBe(true);
    const gql = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ units { totalCount } }' }) });
    expect({ ...(await gql.json()), extensions: undefined }).toEqual({ data: { units: { totalCount: 0 } } });
    const [line] = failures(api.output());
    expect(line, ro.how).toMatch(/^\[qcdc\] error periodic report failed: cannot write \S+qcdc-bao-cao-\d{4}-lap-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.xlsx: .*\((EACCES|EPERM|EROFS)\); next try at the scheduled run /);
    expect(api.output()).not.toMatch(/\n\s+at |Unhandled/);

    ro.restore();
    await api.waitFor((o) => o.includes('periodic report written'));
    expect(fs.readdirSync(ro.dir).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(1);
    expect(await api.stop()).toBe(0);
  }, 300_000);
});

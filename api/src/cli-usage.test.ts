import { describe, expect, it } from 'vitest';
import { cliCommands } from './cli-commands.js';
import { COMMAND_LINES, USAGE } from './cli-usage.js';

describe('the CLI usage text (answered without loading the API)', () => {
  it('lists every feature command as its module describes it, after migrate, seed and import', () => {
    expect(COMMAND_LINES.map((c) => c.name)).toEqual(['migrate', 'seed', 'import', ...cliCommands.map((c) => c.name)]);
    for (const c of cliCommands) expect(COMMAND_LINES.find((l) => l.name === c.name)).toEqual({ name: c.name, usage: c.usage, summary: c.summary });
    expect(USAGE).toContain('  import PATH… [--dry-run] [--lang vi|en] [--errors FILE]\n                                  import interchange files');
  });
});

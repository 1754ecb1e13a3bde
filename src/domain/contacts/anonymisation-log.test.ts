import { describe, expect, it } from 'vitest';
import {
  type AnonymisationLogEntry,
  assertLogsAgree,
  nextLogEntry,
  parseLog,
  replaySelection,
  serialiseLog,
} from './anonymisation-log.js';

const at = Date.UTC(2026, 6, 1, 3);
function logOf(...contacts: string[]): AnonymisationLogEntry[] {
  const log: AnonymisationLogEntry[] = [];
  for (const [index, contactId] of contacts.entries()) {
    log.push(
      nextLogEntry(log, {
        contactId,
        userId: null,
        pseudonym: `ANON-0000000${index}`,
        at: at + index,
        actorId: index === 0 ? 'dpo-1' : null,
        basis: index === 0 ? 'request' : 'retention',
      }),
    );
  }
  return log;
}

describe('the anonymisation log can be re-applied after a backup is restored', () => {
  const log = logOf('c1', 'c2', 'c3', 'c4');

  it('round-trips through JSON lines, numbered from 1', () => {
    expect(log.map((entry) => entry.sequence)).toEqual([1, 2, 3, 4]);
    expect(parseLog(serialiseLog(log))).toEqual(log);
    expect(parseLog(`\n${serialiseLog(log)}\n\n`)).toEqual(log);
  });

  it('replays, in order, only the contacts the restored data has active again', () => {
    const restored: Record<string, 'active' | 'anonymised' | 'absent'> = {
      c1: 'anonymised', // anonymised before the backup was taken
      c2: 'active',
      c3: 'absent', // created after the backup
      c4: 'active',
    };
    const replay = replaySelection(log, (id) => restored[id] ?? 'absent');
    expect(replay.map((entry) => entry.contactId)).toEqual(['c2', 'c4']);
    // Once replayed, a second replay has nothing left to do.
    expect(replaySelection(log, (id) => (id === 'c3' ? 'absent' : 'anonymised'))).toEqual([]);
  });

  it('a lost or moved line is refused before anything is replayed', () => {
    const lines = serialiseLog(log).split('\n');
    const withoutSecond = [lines[0], lines[2], lines[3]].join('\n');
    expect(() => parseLog(withoutSecond)).toThrow(
      expect.objectContaining({
        rule: 'log_out_of_sequence',
        params: { line: 2, expected: 2, found: 3 },
        path: 'line 2',
      }),
    );
  });

  it.each([
    ['{"sequence":1', 'line 1'],
    [
      '{"sequence":1,"contactId":"c1","userId":null,"pseudonym":"Ana","at":1,"actorId":null,"basis":"request"}',
      'line 1.pseudonym',
    ],
    [
      '{"sequence":1,"contactId":"c1","userId":null,"pseudonym":"ANON-1234","at":1,"actorId":null,"basis":"whim"}',
      'line 1.basis',
    ],
    [
      '{"sequence":1,"contactId":"c1","userId":null,"pseudonym":"ANON-1234","at":1,"actorId":null,"basis":"request","email":"a@b.c"}',
      'line 1.',
    ],
  ])('a bad line is refused with its line and field: %s', (text, path) => {
    expect(() => parseLog(text)).toThrow(expect.objectContaining({ code: 'invalid_input', path }));
  });
});

describe('a log file must agree with the database’s log', () => {
  it('a file that holds more than the database (a restored backup) agrees, and so does one that holds less', () => {
    const log = logOf('c1', 'c2', 'c3');
    expect(() => assertLogsAgree(log, log.slice(0, 1))).not.toThrow();
    expect(() => assertLogsAgree(log.slice(0, 1), log)).not.toThrow();
  });

  it('another contact or pseudonym under a number both hold is refused, naming the number', () => {
    const database = logOf('c1', 'c9');
    expect(() => assertLogsAgree(logOf('c1', 'c2', 'c3'), database)).toThrow(
      expect.objectContaining({
        rule: 'log_disagrees',
        params: { sequence: 2, fileContact: 'c2', databaseContact: 'c9' },
      }),
    );
    const renamed = database.map((entry) => ({ ...entry, pseudonym: 'ANON-99999999' }));
    expect(() => assertLogsAgree(database, renamed)).toThrow(
      expect.objectContaining({ rule: 'log_disagrees' }),
    );
  });
});

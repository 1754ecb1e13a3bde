import type { MailDeps } from './ports.js';

/** A function whose answers are kept per argument; a failed read is forgotten, so it is tried again. */
function remembered<A, R>(read: (key: A) => Promise<R>): (key: A) => Promise<R> {
  const answers = new Map<A, Promise<R>>();
  return (key) => {
    const known = answers.get(key);
    if (known) return known;
    const answer = read(key);
    answers.set(key, answer);
    answer.catch(() => answers.delete(key));
    return answer;
  };
}

/**
 * The mail module's dependencies for one processing pass, whose reads of what mail never changes
 * (the sender's user and contracts, the contract, its requesters and calendars) are made once per
 * pass and shared by its messages. A pass is a bounded batch, so what it reads is as fresh as a
 * request's reads before its transaction. Writes and transactions go to `options` unchanged.
 */
export function passReads(options: MailDeps): MailDeps {
  const { users, directory, desk } = options;
  return {
    ...options,
    users: { ...users, findByEmail: remembered((email) => users.findByEmail(email)) },
    directory: {
      requesterContracts: remembered((userId) => directory.requesterContracts(userId)),
    },
    desk: {
      ...desk,
      contracts: {
        ...desk.contracts,
        find: remembered((id) => desk.contracts.find(id)),
        requesters: remembered((id) => desk.contracts.requesters(id)),
      },
      calendars: {
        ...desk.calendars,
        findById: remembered((id) => desk.calendars.findById(id)),
        findByName: remembered((name) => desk.calendars.findByName(name)),
      },
    },
  };
}

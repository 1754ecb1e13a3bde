/** The mail module's tables added after 0011 (see the migrations that create them). */

/** The desk's IMAP mailboxes (0014): the password sealed with AES-256-GCM, never in clear. */
export interface MailMailboxesTable {
  id: string;
  name: string;
  host: string;
  port: number;
  secure: boolean;
  username: string;
  sealed_password: string;
  folder: string;
  /** `flag` or `move`; `move_to` is the folder when it is `move`. */
  after_accept: string;
  move_to: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  last_polled_at: Date | null;
  last_accepted: number;
  last_error: string | null;
}

/** Approval requests by mail (0022): one subject, one person, a reply token and a link secret. */
export interface MailApprovalsTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  contract_id: string | null;
  approver_id: string;
  approver_email: string;
  token: string;
  link_secret: string;
  status: string;
  created_at: Date;
  expires_at: Date | null;
  decided_at: Date | null;
  decided_via: string | null;
  decided_message_id: string | null;
  reason: string | null;
}

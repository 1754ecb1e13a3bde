/** English messages of accounts: forgotten passwords, the reset mail and the user's own sessions. */

/** English account messages; the keys of every language. */
export const accounts = {
  'identity.rule.reset_link_unusable':
    'This link is unknown, already used or expired. Ask for a new one.',

  'mail.passwordReset.subject': 'Choose a new Pacta password',
  'mail.passwordReset.greeting': 'Hello {name},',
  'mail.passwordReset.body':
    'Someone asked to reset the password of your Pacta account. Open this link within {minutes} minutes to choose a new one; it works once:',
  'mail.passwordReset.ignore':
    'If it was not you, ignore this message: your password stays as it is.',

  'auth.signIn.forgot': 'Forgot your password?',
  'auth.forgot.title': 'Reset your password',
  'auth.forgot.intro':
    'Write the email you sign in with. If it belongs to an account, we will send it a link to choose a new password.',
  'auth.forgot.submit': 'Send the link',
  'auth.forgot.sent':
    'If {email} belongs to an account, a link is on its way. It works once, for an hour; look in the spam folder too.',
  'auth.forgot.back': 'Back to sign-in',
  'auth.reset.title': 'Choose a new password',
  'auth.reset.password': 'New password',
  'auth.reset.hint':
    'At least 12 characters. Every session and API token of your account will end.',
  'auth.reset.submit': 'Save the new password',
  'auth.reset.done': 'Your password was changed. Sign in with it now.',
  'auth.reset.noToken': 'This page opens from the link in the mail.',
  'auth.reset.askAgain': 'Ask for a new link',

  'account.title': 'Your account',
  'account.intro': 'Where your account is signed in. End any session you do not recognise.',
  'account.sessions.title': 'Sessions',
  'account.sessions.col.device': 'Browser',
  'account.sessions.col.ip': 'Address',
  'account.sessions.col.created': 'Signed in',
  'account.sessions.col.lastUsed': 'Last used',
  'account.sessions.col.actions': 'Actions',
  'account.sessions.current': 'This session',
  'account.sessions.unknownDevice': 'Unknown browser',
  'account.sessions.end': 'End',
  'account.sessions.endName': 'End the session of {device}',
  'account.sessions.endOthers': 'End every other session',
  'account.sessions.ended': 'The session was ended.',
  'account.sessions.othersEnded': 'Every other session was ended.',
} as const;

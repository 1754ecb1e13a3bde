/** English messages of two-step sign-in (TOTP, issue 18 #9): its rules, the sign-in step, the account section. */

/** English two-step sign-in messages; the keys of every language. */
export const enTwoFactor = {
  'identity.rule.two_factor_staff_only': 'Two-step sign-in is for the provider’s staff.',
  'identity.rule.two_factor_on':
    'Two-step sign-in is already on. Turn it off first to use a new app.',
  'identity.rule.two_factor_not_started': 'Start turning two-step sign-in on first.',
  'identity.rule.two_factor_secret_key_missing':
    'Two-step sign-in keeps its keys encrypted: the installation must set {variable} first.',

  'auth.signIn.code': 'Code',
  'auth.signIn.codeHint': 'Six digits from your authenticator app, or one of your recovery codes.',
  'auth.signIn.codeNeeded': 'Your account signs in in two steps: enter the code from your app.',
  'auth.signIn.codeWrong': 'That code is wrong or was already used. Try the app’s current code.',

  'account.twoFactor.title': 'Two-step sign-in',
  'account.twoFactor.off': 'Off: your password alone signs you in.',
  'account.twoFactor.on':
    'On: you sign in with your password and a code from your app. Recovery codes left: {left}.',
  'account.twoFactor.unavailable':
    'Not available: this installation has no secret key to keep the app keys encrypted.',
  'account.twoFactor.start': 'Turn on',
  'account.twoFactor.scan':
    'Scan this QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…), or add the key below by hand, then enter the code it shows.',
  'account.twoFactor.qr': 'QR code to scan with your authenticator app',
  'account.twoFactor.secret': 'Key',
  'account.twoFactor.link': 'Open in an authenticator app',
  'account.twoFactor.code': 'Code from the app',
  'account.twoFactor.confirm': 'Confirm and turn on',
  'account.twoFactor.codesTitle': 'Recovery codes',
  'account.twoFactor.codesIntro':
    'Keep these codes somewhere safe: each one signs you in once if you lose your phone. They are shown only now.',
  'account.twoFactor.password': 'Your password',
  'account.twoFactor.turnOff': 'Turn off',
  'account.twoFactor.turnedOff': 'Two-step sign-in is off.',
  'users.resetTwoFactor': 'Reset two-step sign-in',
  'users.resetTwoFactorName': 'Reset two-step sign-in of {name}',
  'users.confirmResetTwoFactorName': 'Confirm resetting two-step sign-in of {name}',
  'users.twoFactorReset':
    '{name} now signs in with the password alone and was signed out; they can turn two-step sign-in on again.',
} as const;

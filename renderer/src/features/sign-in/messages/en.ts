import type { SignInMessages } from './es'

export const signInEn: SignInMessages = {
  id: {
    title: 'Enter your ID number',
    label: 'ID number',
    hint: 'Use the on-screen keypad. No dots or spaces.',
    invalid: 'Enter 4 to 20 digits or letters, without spaces or dots.',
    needIdFirst: 'First type your ID number; then tap “I forgot my password”.',
    checking: 'Checking…',
    usernameHint: 'If you chose a username, you can type it with the letter keyboard.',
    letters: 'Letters',
    digits: 'Numbers',
    forgot: 'I forgot my password',
    enroll: 'No online user yet? Sign up',
    termsLine: 'By signing in you accept the terms and conditions of use.',
    termsLink: 'Read the terms',
  },
  steps: { label: 'Steps to sign in', id: 'ID number', security: 'Check', password: 'Password' },
  security: {
    title: 'Check your security picture and phrase',
    hello: 'Hello, {name}',
    intro:
      'Make sure your security picture and phrase are right: that is how you know this is your cooperative.',
    imageLabel: 'Your security picture',
    phraseLabel: 'Your security phrase',
    warning: 'If this is not your security picture or phrase, do NOT enter your password.',
    confirm: 'Yes, it is my picture — continue',
    reject: 'It is not my picture',
  },
  reported: {
    title: 'We reported that it is not your picture',
    doNotType: 'Do not type your password on this kiosk.',
    recorded:
      'Your cooperative got the report with this kiosk, the date and the time. Call the helpline and give this reference.',
    reference: 'Reference',
    nextTitle: 'What happens next',
    next1: 'An adviser will review the report and contact you on your registered phone or e-mail.',
    next2:
      'If you did not change your picture, the cooperative will help you choose a new one and check your password.',
    next3: 'You can see an adviser at this branch with your ID document.',
  },
  terms: {
    title: 'Terms and conditions of use',
    loading: 'Loading the terms…',
    version: 'Version {version}',
    back: 'Back',
  },
  password: {
    title: 'Enter your password',
    reminder: 'Use the on-screen keyboard. For your safety, the keys move every time.',
    submit: 'Sign in',
    signingIn: 'Checking your password…',
    tryAgain: 'Try again with the on-screen keyboard.',
    forgot: 'I forgot my password',
    lockedTitle: 'User locked',
    lockedRecovery:
      'If you do not remember your password, ask for a temporary key: with it you sign in now and choose a new password.',
  },
}

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

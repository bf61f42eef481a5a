import { jaJP } from '../../../src/i18n/ja-JP.js';
import type { PageText } from './page-text.js';

/** The demo pages in Japanese. */
export const pageTextJaJP: PageText = {
  kit: jaJP,
  common: {
    enterCodeSentTo: (to) => `${to} に送信した認証コードを入力してください。`,
    codeIncomplete: (length) => `${length}桁の認証コードを入力してください。`,
    continue: '次へ',
    back: '戻る',
  },
  login: {
    title: 'ログイン',
    lead: 'SMS で認証コードをお送りします。パスワードは不要です。',
    submit: 'ログイン',
    checking: '認証コードを確認しています…',
    signedIn: 'ログインしました',
    signOut: 'ログアウト',
    tokenType: 'トークンの種類',
    expiresIn: '有効期間',
    seconds: (seconds) => `${seconds}秒`,
    scope: 'スコープ',
    accessToken: 'アクセストークン',
    truncated: '一部を省略しています',
  },
  registration: {
    title: 'アカウントの作成',
    progress: '登録の進み具合',
    stepTitles: {
      phone: '電話番号の入力',
      code: '認証コードの入力',
      profile: 'プロフィールの入力',
      done: '登録が完了しました',
    },
    stepLabels: { phone: '電話番号', code: '認証コード', profile: 'プロフィール', done: '完了' },
    phoneLead: 'ご本人の電話番号であることを確認するため、SMS で認証コードをお送りします。',
    nickname: 'ニックネーム',
    nicknameRequired: 'ニックネームを入力してください。',
    createAccount: 'アカウントを作成',
    welcome: (nickname) =>
      nickname
        ? `ようこそ、${nickname}さん。この電話番号でログインできるようになりました。`
        : 'ようこそ。この電話番号でログインできるようになりました。',
    userId: 'ユーザー ID',
    phone: '電話番号',
  },
  resetPassword: {
    title: 'パスワードの再設定',
    lead: 'アカウントのメールアドレスを入力してください。パスワードを再設定するための認証コードをお送りします。',
    codeSentTo: (email) =>
      `${email} に認証コードを送信しました。有効期限は数分です。このコードで新しいパスワードを設定してください。`,
  },
  outbox: {
    phone: 'スマートフォン（デモ）',
    inbox: '受信トレイ（デモ）',
    empty: 'まだ何も届いていません。',
    meta: (recipient, time, channel) => `宛先 ${recipient} · ${time} · ${channel}`,
    codeBefore: '【GenAuth】認証コードは ',
    codeAfter: ' です。',
    resetDemo: 'デモをリセット',
    resetDone:
      'デモをリセットしました。待ち時間とメッセージは消え、デモ用ユーザーだけが残っています。',
  },
  errors: {
    checkInput: '電話番号と認証コードを確認して、もう一度お試しください。',
    wrongCode: '認証コードが正しくありません。',
    expiredCode: '認証コードの有効期限が切れています。もう一度取得してください。',
    userNotFound: 'この電話番号は登録されていません。',
    userExists: 'この電話番号はすでに登録されています。ログインしてください。',
  },
};

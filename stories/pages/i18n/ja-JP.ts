import { jaJP } from '../../../src/i18n/ja-JP.js';
import type { PageText } from './page-text.js';

/** The demo pages in Japanese. */
export const pageTextJaJP: PageText = {
  kit: jaJP,
  tokens: {
    tokenType: 'トークンの種類',
    expiresIn: '有効期間',
    seconds: (seconds) => `${seconds}秒`,
    scope: 'スコープ',
    accessToken: 'アクセストークン',
    truncated: '一部を省略しています',
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
    accountDeleted:
      'このデモでは Ada のアカウントが削除されています。デモをリセットすると元に戻ります。',
  },
};

import { zhTW } from '../../../src/i18n/zh-TW.js';
import type { PageText } from './page-text.js';

/** The demo pages in Traditional Chinese (Taiwan). */
export const pageTextZhTW: PageText = {
  kit: zhTW,
  tokens: {
    tokenType: '權杖類型',
    expiresIn: '有效期限',
    seconds: (seconds) => `${seconds} 秒`,
    scope: '授權範圍',
    accessToken: '存取權杖',
    truncated: '已截斷',
  },
  outbox: {
    phone: '手機（示範）',
    inbox: '收件匣（示範）',
    empty: '尚未收到任何訊息。',
    meta: (recipient, time, channel) => `收件人 ${recipient} · ${time} · ${channel}`,
    codeBefore: '【GenAuth】你的驗證碼是 ',
    codeAfter: '。',
    resetDemo: '重設示範',
    resetDone: '示範已重設：沒有倒數計時和訊息，只保留示範使用者。',
    accountDeleted: '示範中 Ada 的帳號已刪除。重設示範即可恢復。',
  },
};

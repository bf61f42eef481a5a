import { zhTW } from '../../../src/i18n/zh-TW.js';
import type { PageText } from './page-text.js';

/** The demo pages in Traditional Chinese (Taiwan). */
export const pageTextZhTW: PageText = {
  kit: zhTW,
  common: {
    enterCodeSentTo: (to) => `請輸入傳送到 ${to} 的驗證碼。`,
    codeIncomplete: (length) => `請輸入 ${length} 位數驗證碼。`,
    continue: '下一步',
    back: '上一步',
  },
  login: {
    title: '登入',
    lead: '我們會傳送簡訊驗證碼給你，不需要密碼。',
    submit: '登入',
    checking: '驗證中…',
    signedIn: '已登入',
    signOut: '登出',
    tokenType: '權杖類型',
    expiresIn: '有效期限',
    seconds: (seconds) => `${seconds} 秒`,
    scope: '授權範圍',
    accessToken: '存取權杖',
    truncated: '已截斷',
  },
  registration: {
    title: '建立帳號',
    progress: '註冊進度',
    stepTitles: {
      phone: '輸入手機號碼',
      code: '輸入驗證碼',
      profile: '填寫個人資料',
      done: '帳號已建立',
    },
    stepLabels: { phone: '手機號碼', code: '驗證碼', profile: '個人資料', done: '完成' },
    phoneLead: '我們會傳送簡訊驗證碼，確認這個手機號碼是你的。',
    nickname: '暱稱',
    nicknameRequired: '請輸入暱稱。',
    createAccount: '建立帳號',
    welcome: (nickname) =>
      nickname
        ? `歡迎，${nickname}！現在可以用這個手機號碼登入了。`
        : '歡迎！現在可以用這個手機號碼登入了。',
    userId: '使用者 ID',
    phone: '手機號碼',
  },
  resetPassword: {
    title: '重設密碼',
    lead: '請輸入帳號的電子郵件地址，我們會寄送驗證碼讓你重設密碼。',
    codeSentTo: (email) => `驗證碼已寄到 ${email}，幾分鐘內有效，請用它設定新密碼。`,
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
  },
  errors: {
    checkInput: '請確認手機號碼和驗證碼後再試一次。',
    wrongCode: '驗證碼錯誤。',
    expiredCode: '驗證碼已過期，請重新取得。',
    userNotFound: '這個手機號碼尚未註冊。',
    userExists: '這個手機號碼已經註冊，請直接登入。',
  },
};

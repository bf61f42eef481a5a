import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { PageText } from './page-text.js';

/** The demo pages in Simplified Chinese (mainland China). */
export const pageTextZhCN: PageText = {
  kit: zhCN,
  tokens: {
    tokenType: '令牌类型',
    expiresIn: '有效期',
    seconds: (seconds) => `${seconds} 秒`,
    scope: '授权范围',
    accessToken: '访问令牌',
    truncated: '已截断',
  },
  outbox: {
    phone: '手机（演示）',
    inbox: '邮箱（演示）',
    empty: '还没有收到消息。',
    meta: (recipient, time, channel) => `发至 ${recipient} · ${time} · ${channel}`,
    codeBefore: '【GenAuth】你的验证码是 ',
    codeAfter: '。',
    resetDemo: '重置演示',
    resetDone: '演示已重置：没有倒计时和消息，只保留演示用户。',
    accountDeleted: '演示中 Ada 的账号已注销。重置演示即可恢复。',
  },
};

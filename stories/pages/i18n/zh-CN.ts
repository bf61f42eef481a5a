import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { PageText } from './page-text.js';

/** The demo pages in Simplified Chinese (mainland China). */
export const pageTextZhCN: PageText = {
  kit: zhCN,
  common: {
    enterCodeSentTo: (to) => `请输入发送至 ${to} 的验证码。`,
    codeIncomplete: (length) => `请输入 ${length} 位验证码。`,
    continue: '下一步',
    back: '上一步',
  },
  login: {
    title: '登录',
    lead: '我们会给你发送短信验证码，无需密码。',
    submit: '登录',
    checking: '正在验证…',
    signedIn: '登录成功',
    signOut: '退出登录',
    tokenType: '令牌类型',
    expiresIn: '有效期',
    seconds: (seconds) => `${seconds} 秒`,
    scope: '授权范围',
    accessToken: '访问令牌',
    truncated: '已截断',
  },
  registration: {
    title: '注册账号',
    progress: '注册进度',
    stepTitles: {
      phone: '填写手机号',
      code: '输入验证码',
      profile: '完善资料',
      done: '注册成功',
    },
    stepLabels: { phone: '手机号', code: '验证码', profile: '资料', done: '完成' },
    phoneLead: '我们会发送一条短信验证码，确认这个手机号属于你。',
    nickname: '昵称',
    nicknameRequired: '请填写昵称。',
    createAccount: '完成注册',
    welcome: (nickname) =>
      nickname
        ? `欢迎你，${nickname}！现在可以用这个手机号登录了。`
        : '欢迎！现在可以用这个手机号登录了。',
    userId: '用户 ID',
    phone: '手机号',
  },
  resetPassword: {
    title: '重置密码',
    lead: '请输入账号绑定的邮箱，我们会发送一个验证码，用于重置密码。',
    codeSentTo: (email) => `验证码已发送至 ${email}，几分钟内有效，请用它设置新密码。`,
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
  },
  errors: {
    checkInput: '请检查手机号和验证码后重试。',
    wrongCode: '验证码错误。',
    expiredCode: '验证码已过期，请重新获取。',
    userNotFound: '该手机号尚未注册。',
    userExists: '该手机号已注册，请直接登录。',
  },
};

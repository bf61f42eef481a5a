import type { GenAuthMessages } from './messages.js';

/** Built-in Japanese messages. */
export const jaJP: GenAuthMessages = {
  locale: 'ja-JP',
  countryLabel: '国/地域',
  phoneLabel: '電話番号',
  countrySearchPlaceholder: '国名・地域名または国番号で検索',
  countryListLabel: '国と地域',
  countryNoResults: '該当する国・地域がありません',
  phoneEmpty: '電話番号を入力してください。',
  phoneTooShort: '電話番号の桁数が足りません。',
  phoneTooLong: '電話番号の桁数が多すぎます。',
  phoneInvalidCountry: 'この国番号には対応していません。',
  phoneInvalid: '正しい電話番号を入力してください。',
  phoneNotMobile: 'SMS を受信できる携帯電話番号を入力してください。',
  sendCode: '認証コードを送信',
  resendCode: '再送信',
  sending: '送信中…',
  countdown: (seconds) => `${seconds}秒`,
  cooldownStarted: (seconds) => `認証コードを送信しました。${seconds}秒後に再送信できます。`,
  cooldownEnded: '認証コードを再送信できるようになりました。',
  rateLimited: (seconds) =>
    `短時間に送信が繰り返されました。${seconds}秒後にもう一度お試しください。`,
  networkError: 'サーバーに接続できません。通信環境を確認して、もう一度お試しください。',
  timeoutError: 'サーバーからの応答がありません。もう一度お試しください。',
  serverError: '現在サービスをご利用いただけません。しばらくしてからもう一度お試しください。',
  genericError: '認証コードを送信できませんでした。もう一度お試しください。',
  invalidPhone: '正しい携帯電話番号を入力してください。',
  emailLabel: 'メールアドレス',
  invalidEmail: '正しいメールアドレスを入力してください。',
  codeLabel: '認証コード',
};

import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import { deleteAccount, verifyDeleteAccountRequest } from './delete-account.js';
import { type FailureSwitch, failureResponse } from './failures.js';
import { createRequestId } from './ids.js';
import { signIn, signUp } from './passcode-auth.js';
import { bindPhone, unbindPhone, updatePhone, verifyUpdatePhoneRequest } from './phone-binding.js';
import { preCheckCode } from './pre-check-code.js';
import { resetPassword, verifyResetPasswordRequest } from './reset-password.js';
import { failure, GENAUTH_MOCK_ERRORS, type MockReply } from './responses.js';
import { checkAppId, isRecord } from './rules.js';
import { sendEmail, sendSms } from './send-code.js';
import type { MockRequestInfo, MockState } from './state.js';
import type { GenAuthMockEndpoint } from './types.js';

/** Called around every endpoint's work: persistence loads before and saves after. */
export interface AnswerHooks {
  beforeAnswer(): void;
  afterAnswer(): void;
}

type EndpointHandler = (
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
) => MockReply;

const ENDPOINTS: Readonly<Record<GenAuthMockEndpoint, EndpointHandler>> = {
  'send-sms': sendSms,
  'send-email': sendEmail,
  signin: signIn,
  signup: signUp,
  'pre-check-code': preCheckCode,
  'verify-reset-password-request': verifyResetPasswordRequest,
  'reset-password': resetPassword,
  'bind-phone': bindPhone,
  'unbind-phone': unbindPhone,
  'verify-update-phone-request': verifyUpdatePhoneRequest,
  'update-phone': updatePhone,
  'verify-delete-account-request': verifyDeleteAccountRequest,
  'delete-account': deleteAccount,
};

/** `*` (any origin) or the app host normalised like the official SDKs do. */
function baseUrl(appHost: string | undefined): string {
  if (!appHost) return '*';
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(appHost) ? appHost : `https://${appHost}`;
  return withScheme.replace(/\/+$/, '');
}

/** The JSON object a request carries, or `undefined` when its body is anything else. */
async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return isRecord(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

async function answer(
  state: MockState,
  endpoint: GenAuthMockEndpoint,
  request: Request,
  requestId: string,
  hooks: AnswerHooks | undefined,
): Promise<MockReply> {
  const appId = checkAppId(request.headers, state.settings.appId);
  if (!appId.ok) return failure(appId.error);
  const body = await readJsonObject(request);
  if (!body) return failure(GENAUTH_MOCK_ERRORS.invalidBody);
  const info = {
    requestId,
    appId: appId.value,
    origin: new URL(request.url).origin,
    authorization: request.headers.get('authorization') ?? undefined,
  };
  // Load, act and save in one synchronous step: no other request of this tab comes between.
  hooks?.beforeAnswer();
  const reply = ENDPOINTS[endpoint](state, body, info);
  hooks?.afterAnswer();
  return reply;
}

/** One MSW `POST` handler per endpoint, sharing `state` and the failure switch. */
export function createHttpHandlers(
  state: MockState,
  failures: FailureSwitch,
  appHost: string | undefined,
  hooks?: AnswerHooks,
): HttpHandler[] {
  const { settings } = state;

  async function respondLater(): Promise<void> {
    if (settings.latencyMs > 0) await delay(settings.latencyMs);
  }

  async function handle(endpoint: GenAuthMockEndpoint, request: Request): Promise<Response> {
    const requestId = createRequestId();
    const injected = failures.take(endpoint);
    if (injected) {
      if (injected.mode !== 'timeout') await respondLater();
      return failureResponse(injected, {
        requestId,
        signal: request.signal,
        rateWindowMs: settings.rateWindowMs,
      });
    }
    // The server acts on arrival and the latency models the way back: a slow request the client
    // aborts may still have sent its SMS, as with the real service.
    const reply = await answer(state, endpoint, request, requestId, hooks);
    await respondLater();
    return HttpResponse.json(
      {
        statusCode: reply.statusCode,
        message: reply.message,
        apiCode: reply.apiCode,
        requestId,
        data: reply.data,
      },
      {
        headers: {
          'x-request-id': requestId,
          // The remaining window, so a client (the kit's README example included) can say how
          // long to wait, and a countdown matches the server's.
          ...(reply.retryAfterSeconds === undefined
            ? {}
            : { 'Retry-After': String(reply.retryAfterSeconds) }),
        },
      },
    );
  }

  const base = baseUrl(appHost);
  return (Object.keys(ENDPOINTS) as GenAuthMockEndpoint[]).map((endpoint) =>
    http.post(`${base}/api/v3/${endpoint}`, ({ request }) => handle(endpoint, request)),
  );
}

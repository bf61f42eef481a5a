import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import { deleteAccount, verifyDeleteAccountRequest } from './delete-account.js';
import {
  enrollFactor,
  listEnrolledFactors,
  resetFactor,
  sendEnrollFactorRequest,
} from './enrolment.js';
import { type FailureSwitch, failureResponse } from './failures.js';
import { createRequestId } from './ids.js';
import { checkMfaBindable, verifyMfaSms } from './mfa-verify.js';
import { signIn, signUp } from './passcode-auth.js';
import { bindPhone, unbindPhone, updatePhone, verifyUpdatePhoneRequest } from './phone-binding.js';
import { preCheckCode } from './pre-check-code.js';
import { resetPassword, verifyResetPasswordRequest } from './reset-password.js';
import { failure, GENAUTH_MOCK_ERRORS, type MockReply } from './responses.js';
import { checkAppId, isRecord } from './rules.js';
import { sendEmail, sendSms } from './send-code.js';
import type { MockRequestInfo, MockState } from './state.js';
import type { GenAuthMockEndpoint } from './types.js';

/**
 * A V2 answer (`{ code, message, data }`, HTTP 200, as the MFA component and authing-js-sdk v4
 * read it): `code` is 200 on success, else the finer apiCode when there is one (2021, 2001...),
 * else the status.
 */
function v2Envelope(reply: MockReply): Record<string, unknown> {
  const ok = reply.statusCode === 200;
  return {
    code: ok ? 200 : (reply.apiCode ?? reply.statusCode),
    message: reply.message,
    data: reply.data,
  };
}

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

/** How an endpoint is reached and answers: V3 (`statusCode` envelope) or V2 (`code`). */
interface EndpointSpec {
  handler: EndpointHandler;
  /** @default 'POST' */
  method?: 'GET';
  /** @default 'v3' */
  version?: 'v2';
}

const ENDPOINTS: Readonly<Record<GenAuthMockEndpoint, EndpointSpec>> = {
  'send-sms': { handler: sendSms },
  'send-email': { handler: sendEmail },
  signin: { handler: signIn },
  signup: { handler: signUp },
  'pre-check-code': { handler: preCheckCode },
  'verify-reset-password-request': { handler: verifyResetPasswordRequest },
  'reset-password': { handler: resetPassword },
  'bind-phone': { handler: bindPhone },
  'unbind-phone': { handler: unbindPhone },
  'verify-update-phone-request': { handler: verifyUpdatePhoneRequest },
  'update-phone': { handler: updatePhone },
  'verify-delete-account-request': { handler: verifyDeleteAccountRequest },
  'delete-account': { handler: deleteAccount },
  'send-enroll-factor-request': { handler: sendEnrollFactorRequest },
  'enroll-factor': { handler: enrollFactor },
  // A GET without a body, as authing-node-sdk 4.0.2 `listEnrolledFactors` sends it.
  'list-enrolled-factors': { handler: listEnrolledFactors, method: 'GET' },
  'reset-factor': { handler: resetFactor },
  'applications/mfa/sms/verify': { handler: verifyMfaSms, version: 'v2' },
  'applications/mfa/check': { handler: checkMfaBindable, version: 'v2' },
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
  const spec = ENDPOINTS[endpoint];
  const body = spec.method === 'GET' ? {} : await readJsonObject(request);
  if (!body) return failure(GENAUTH_MOCK_ERRORS.invalidBody);
  const info = {
    requestId,
    appId: appId.value,
    origin: new URL(request.url).origin,
    authorization: request.headers.get('authorization') ?? undefined,
  };
  // Load, act and save in one synchronous step: no other request of this tab comes between.
  hooks?.beforeAnswer();
  const reply = spec.handler(state, body, info);
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
    const v2 = ENDPOINTS[endpoint].version === 'v2';
    const injected = failures.take(endpoint);
    if (injected) {
      if (injected.mode !== 'timeout') await respondLater();
      return failureResponse(injected, {
        requestId,
        signal: request.signal,
        rateWindowMs: settings.rateWindowMs,
        v2,
      });
    }
    // The server acts on arrival and the latency models the way back: a slow request the client
    // aborts may still have sent its SMS, as with the real service.
    const reply = await answer(state, endpoint, request, requestId, hooks);
    await respondLater();
    return HttpResponse.json(
      v2
        ? v2Envelope(reply)
        : {
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
  return (Object.keys(ENDPOINTS) as GenAuthMockEndpoint[]).map((endpoint) => {
    const spec = ENDPOINTS[endpoint];
    const path = `${base}/api/${spec.version ?? 'v3'}/${endpoint}`;
    const resolver = ({ request }: { request: Request }) => handle(endpoint, request);
    return spec.method === 'GET' ? http.get(path, resolver) : http.post(path, resolver);
  });
}

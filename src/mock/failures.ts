import { HttpResponse } from 'msw';
import { GENAUTH_MOCK_ERRORS } from './responses.js';
import type {
  GenAuthMockEndpoint,
  GenAuthMockFailure,
  GenAuthMockFailureInput,
  GenAuthMockFailureMode,
} from './types.js';

/** The mock's current failure configuration. */
export interface FailureSwitch {
  set(input: GenAuthMockFailureInput | null | undefined): void;
  /** The failure that applies to this request, counting it against `times`. */
  take(endpoint: GenAuthMockEndpoint): GenAuthMockFailure | undefined;
}

interface ActiveFailure {
  failure: GenAuthMockFailure;
  remaining: number;
}

function normalize(input: GenAuthMockFailureInput | null | undefined): ActiveFailure[] {
  if (input === null || input === undefined) return [];
  const list: readonly (GenAuthMockFailureMode | GenAuthMockFailure)[] = Array.isArray(input)
    ? input
    : [input as GenAuthMockFailureMode | GenAuthMockFailure];
  return list.map((entry) => {
    const failure = typeof entry === 'string' ? { mode: entry } : { ...entry };
    return { failure, remaining: failure.times ?? Number.POSITIVE_INFINITY };
  });
}

/** Holds the failures set at creation or by `setFailure`. */
export function createFailureSwitch(): FailureSwitch {
  let active: ActiveFailure[] = [];
  return {
    set(input) {
      active = normalize(input);
    },
    take(endpoint) {
      const match = active.find(
        (entry) =>
          entry.remaining > 0 &&
          (entry.failure.endpoints === undefined || entry.failure.endpoints.includes(endpoint)),
      );
      if (!match) return undefined;
      match.remaining -= 1;
      return match.failure;
    },
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// What a proxy in front of GenAuth serves when the API is down: HTML, not an envelope.
function errorPage(status: number): string {
  const title = `${status} ${STATUS_TEXT[status] ?? 'Server Error'}`;
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><hr><p>genauth mock</p></body></html>\n`;
}

// A pending answer that only ends when the client gives up: the client's fetch already rejects
// with AbortError on its own; resolving here just lets the handler finish. A timer-based delay
// ('infinite' is a 24-day setTimeout) would fire under fake timers that run all timers.
function neverAnswer(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(HttpResponse.error());
    else signal.addEventListener('abort', () => resolve(HttpResponse.error()), { once: true });
  });
}

/**
 * The response for a failing request; `timeout` resolves only when the request is aborted. A
 * `business-error` of a V2 endpoint (`v2`) is a V2 envelope: `{ code: statusCode, message }`.
 */
export function failureResponse(
  failure: GenAuthMockFailure,
  context: { requestId: string; signal: AbortSignal; rateWindowMs: number; v2?: boolean },
): Response | Promise<Response> {
  const { requestId } = context;
  const headers = { 'x-request-id': requestId };
  switch (failure.mode) {
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      return neverAnswer(context.signal);
    case 'server-error-html': {
      const status = failure.httpStatus ?? 502;
      return HttpResponse.html(errorPage(status), { status, headers });
    }
    case 'rate-limit-http': {
      const seconds = failure.retryAfterSeconds ?? Math.ceil(context.rateWindowMs / 1000);
      return HttpResponse.json(
        { statusCode: 429, message: 'Too Many Requests', requestId },
        { status: 429, headers: { ...headers, 'Retry-After': String(seconds) } },
      );
    }
    case 'business-error': {
      const { systemBusy } = GENAUTH_MOCK_ERRORS;
      if (context.v2) {
        // A V2 endpoint's refusal: one `code` (the envelope status) and its message.
        return HttpResponse.json(
          {
            code: failure.statusCode ?? systemBusy.statusCode,
            message: failure.message ?? systemBusy.message,
          },
          { headers },
        );
      }
      return HttpResponse.json(
        {
          statusCode: failure.statusCode ?? systemBusy.statusCode,
          message: failure.message ?? systemBusy.message,
          apiCode: failure.apiCode ?? systemBusy.apiCode,
          requestId,
        },
        { headers },
      );
    }
    case 'invalid-json':
      return new HttpResponse(`{"statusCode":200,"message":"Succ`, {
        headers: { ...headers, 'Content-Type': 'application/json' },
      });
  }
}

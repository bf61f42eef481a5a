import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PostInit, post, postRaw, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const SMS = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' };

const sendSms = (init?: PostInit) => postRaw('send-sms', SMS, init);

afterEach(() => {
  vi.useRealTimers();
});

describe('failure modes', () => {
  it("'network' makes fetch reject like a connection error", async () => {
    const mock = install({ failure: 'network' });
    await expect(sendSms()).rejects.toThrow(TypeError);
    expect(mock.outbox).toEqual([]);
  });

  it("'timeout' never answers, but an abort still rejects the request", async () => {
    const mock = install({ failure: 'timeout' });
    const controller = new AbortController();
    const pending = sendSms({ signal: controller.signal });
    const settled = vi.fn();
    pending.then(settled, settled);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).not.toHaveBeenCalled();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.outbox).toEqual([]);
  });

  it("'timeout' does not answer when fake timers run every timer", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    install({ failure: 'timeout' });
    const pending = sendSms({ signal: AbortSignal.timeout(100) });
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(10);
    vi.runOnlyPendingTimers();
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    vi.useRealTimers();
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it("'server-error-html' answers an HTML error page (502 unless httpStatus says otherwise)", async () => {
    const mock = install({ failure: 'server-error-html' });
    const response = await sendSms();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).toContain('502 Bad Gateway');
    mock.setFailure({ mode: 'server-error-html', httpStatus: 500 });
    const five = await sendSms();
    expect(five.status).toBe(500);
    expect(await five.text()).toContain('500 Internal Server Error');
    expect(mock.outbox).toEqual([]);
  });

  it("'rate-limit-http' answers HTTP 429 with Retry-After and a 429 envelope", async () => {
    const mock = install({ failure: 'rate-limit-http' });
    const { status, headers, json } = await post('send-sms', SMS);
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('60');
    expect(json).toMatchObject({ statusCode: 429, requestId: expect.any(String) });
    mock.setFailure({ mode: 'rate-limit-http', retryAfterSeconds: 17 });
    expect((await post('send-sms', SMS)).headers.get('retry-after')).toBe('17');
    expect(mock.outbox).toEqual([]);
  });

  it("'business-error' answers HTTP 200 with a non-200 envelope, customisable", async () => {
    const mock = install({ failure: 'business-error' });
    const first = await post('send-sms', SMS);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      statusCode: 500,
      message: 'System busy, please try again later',
      apiCode: 1000,
      requestId: expect.any(String),
    });
    mock.setFailure({ mode: 'business-error', statusCode: 403, message: 'Nope', apiCode: '1001' });
    expect((await post('send-sms', SMS)).json).toMatchObject({
      statusCode: 403,
      message: 'Nope',
      apiCode: '1001',
    });
  });

  it("'invalid-json' answers a JSON content type with a body that does not parse", async () => {
    install({ failure: 'invalid-json' });
    const response = await sendSms();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });
});

describe('switching failures at runtime', () => {
  it('setFailure turns a mode on and null turns it off', async () => {
    const mock = install();
    mock.setFailure('business-error');
    expect((await post('send-sms', SMS)).json.statusCode).toBe(500);
    mock.setFailure(null);
    expect((await post('send-sms', SMS)).json.statusCode).toBe(200);
    expect(mock.outbox).toHaveLength(1);
  });

  it('limits a failure to some endpoints', async () => {
    const mock = install({ users: [{ phone: SMS.phoneNumber }] });
    mock.setFailure({ mode: 'business-error', endpoints: ['signin'] });
    expect((await post('send-sms', SMS)).json.statusCode).toBe(200);
    const signin = await post('signin', {
      connection: 'PASSCODE',
      passCodePayload: { passCode: mock.lastCodeFor(SMS.phoneNumber), phone: SMS.phoneNumber },
    });
    expect(signin.json).toMatchObject({ statusCode: 500, apiCode: 1000 });
  });

  it('applies the first matching failure of a list', async () => {
    const mock = install();
    mock.setFailure([{ mode: 'rate-limit-http', endpoints: ['send-email'] }, 'business-error']);
    const email = await post('send-email', { channel: 'CHANNEL_LOGIN', email: 'a@b.co' });
    expect(email.status).toBe(429);
    expect((await post('send-sms', SMS)).json.statusCode).toBe(500);
  });

  it('recovers after `times` failures', async () => {
    const mock = install({ failure: { mode: 'business-error', times: 2 } });
    expect((await post('send-sms', SMS)).json.statusCode).toBe(500);
    expect((await post('send-sms', SMS)).json.statusCode).toBe(500);
    expect((await post('send-sms', SMS)).json.statusCode).toBe(200);
    expect(mock.outbox).toHaveLength(1);
  });
});

describe('latency', () => {
  it('delays answers by latencyMs and can be changed at runtime', async () => {
    const mock = install({ latencyMs: 60 });
    let started = performance.now();
    await post('send-sms', SMS);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    mock.setLatency(0);
    started = performance.now();
    await post('send-sms', { ...SMS, channel: 'CHANNEL_REGISTER' });
    expect(performance.now() - started).toBeLessThan(55);
  });

  it('lets the client abort a slow answer', async () => {
    install({ latencyMs: 5_000 });
    await expect(sendSms({ signal: AbortSignal.timeout(30) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });
});

/// <reference types="node" />
// A static server for the built multi-tab page plus a GenAuth stand-in that counts every
// send-sms request per number, answering success after a short delay (a real request takes
// time, which is what lets two tabs race).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Starts the server on a random loopback port. */
export async function startMultiTabServer(root: string, { delayMs = 150 } = {}) {
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();

  async function sendSms(request: IncomingMessage, response: ServerResponse) {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    const body = JSON.parse(text) as { phoneNumber?: string; phoneCountryCode?: string };
    const phone = `${body.phoneCountryCode ?? '+86'}${body.phoneNumber ?? ''}`;
    sent.set(phone, (sent.get(phone) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    answered.set(phone, Date.now());
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ statusCode: 200, message: 'ok', requestId: `r${sent.size}` }));
  }

  async function serveFile(path: string, response: ServerResponse) {
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const content = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(content);
    } catch {
      response.writeHead(404).end();
    }
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const handle =
      request.method === 'POST' && path === '/api/v3/send-sms'
        ? sendSms(request, response)
        : serveFile(path, response);
    handle.catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Requests seen for an E.164 number. */
    requestsFor: (phone: string) => sent.get(phone) ?? 0,
    /** When (epoch ms) the last answer for an E.164 number was sent; `undefined` before. */
    answeredAt: (phone: string) => answered.get(phone),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

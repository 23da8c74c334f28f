import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { httpFetch } from '../../src/github/http-fetch.js';

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;
const servers: Server[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => handler(request, response, body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('httpFetch', () => {
  it('sends method, headers and body, and answers status, headers and text like fetch', async () => {
    const url = await serve((request, response, body) => {
      response.setHeader('content-type', 'application/json');
      response.setHeader(
        'x-seen',
        `${request.method} ${request.headers['x-token']} ${request.headers['content-length']}`,
      );
      response.statusCode = 201;
      response.end(JSON.stringify({ echoed: body }));
    });
    const answer = await httpFetch(`${url}/path?q=1`, {
      method: 'POST',
      headers: { 'x-token': 'abc' },
      body: '{"a":"é"}',
    });
    expect(answer.status).toBe(201);
    // "é" is two bytes in UTF-8: the body is 10 bytes.
    expect(answer.headers.get('X-Seen')).toBe('POST abc 10');
    expect([...answer.headers].some(([name]) => name === 'content-type')).toBe(true);
    expect(await answer.json()).toEqual({ echoed: '{"a":"é"}' });
  });

  it('follows a redirect and drops Authorization when it leaves the origin', async () => {
    const elsewhere = await serve((request, response) => response.end(String(request.headers.authorization)));
    const sameOrigin = await serve((request, response) => {
      if (request.url === '/moved') {
        response.statusCode = 301;
        response.setHeader('location', '/here');
        response.end();
      } else if (request.url === '/away') {
        response.statusCode = 302;
        response.setHeader('location', `${elsewhere}/there`);
        response.end();
      } else response.end(String(request.headers.authorization));
    });
    const headers = { authorization: 'token secret' };
    expect(await (await httpFetch(`${sameOrigin}/moved`, { headers })).text()).toBe('token secret');
    expect(await (await httpFetch(`${sameOrigin}/away`, { headers })).text()).toBe('undefined');
  });

  it('rejects with the signal’s reason when aborted while the answer trickles in', async () => {
    const url = await serve((_request, response) => {
      response.write('partial');
    });
    const controller = new AbortController();
    const answer = await httpFetch(url, { signal: controller.signal });
    const reason = new Error('time is up');
    controller.abort(reason);
    await expect(answer.text()).rejects.toBe(reason);
  });

  it('rejects a refused connection as fetch does: TypeError with the cause', async () => {
    const url = await serve((_request, response) => response.end());
    const closed = servers.pop()!;
    await new Promise((resolve) => closed.close(resolve));
    const error = await httpFetch(url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('says when the request has left', async () => {
    const url = await serve((_request, response) => response.end('ok'));
    let sent = 0;
    await httpFetch(url, { onSent: () => sent++ });
    expect(sent).toBe(1);
  });
});

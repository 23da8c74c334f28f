// A real HTTP server on 127.0.0.1 that plays the GitHub REST endpoints ml-carbon uses. Every request and response is
// checked against GitHub's OpenAPI description; violations are collected and fail the test via assertClean().
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator, type MatchedOperation } from './openapi-validator.js';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string;
  status: number;
  requestBody?: unknown;
  responseBody?: unknown;
  authorization?: string;
}

export interface Fault {
  /** operationId as in the OpenAPI description, e.g. "issues/create-comment", or "graphql". */
  operationId: string;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests get this answer (default 1). */
  times?: number;
  /** Never answer: the request hangs until the client gives up (status is then unused). */
  stall?: boolean;
  /** Send the headers and a first byte of the normal answer, then one more byte every `trickleMs` (default 1 s). */
  trickle?: boolean;
  trickleMs?: number;
  /** Put the request's Authorization header into the error message, as a misconfigured proxy might. */
  echoAuthorization?: boolean;
  /** Carry the request out (e.g. create the comment), then answer with the fault: a 502 from a proxy after the write. */
  applied?: boolean;
}

export interface Identity {
  login: string;
  type: 'User' | 'Bot';
  id: number;
}

interface StoredComment {
  id: number;
  body: string;
  user: Identity;
  created_at: string;
  updated_at: string;
}

export interface PullRequestSeed {
  number: number;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  /** owner/name of the head repository; a fork when it differs from the emulated repository. */
  headRepo?: string;
  state?: 'open' | 'closed';
}

const GITHUB_ACTIONS_BOT: Identity = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };

let sharedValidator: OpenApiValidator | undefined;
const validator = () => (sharedValidator ??= new OpenApiValidator());

function userObject(base: string, who: Identity) {
  const login = who.login;
  const url = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: who.id,
    node_id: `U_${who.id}`,
    avatar_url: `https://avatars.example.test/u/${who.id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.example.test/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: who.type,
    site_admin: false,
  };
}

export class GitHubEmulator {
  readonly calls: RecordedCall[] = [];
  readonly violations: string[] = [];
  readonly owner: string;
  readonly repo: string;
  /** Who the token belongs to. GITHUB_TOKEN is the github-actions[bot] installation: GET /user answers 403. */
  tokenIdentity: Identity = GITHUB_ACTIONS_BOT;
  tokenIsInstallation = true;
  /** Token the server accepts; requests carrying another get 401. */
  token = 'ghs_emulatortoken000000000000000000000';
  readonly comments = new Map<number, StoredComment[]>();
  readonly checkRuns: Record<string, unknown>[] = [];
  readonly statuses: Record<string, unknown>[] = [];
  /** Files by commit SHA (or ref name), then by repository path. */
  readonly files = new Map<string, Map<string, string>>();
  readonly refs = new Map<string, string>();
  readonly pulls = new Map<number, PullRequestSeed>();
  private faults: (Fault & { left: number })[] = [];
  /** Run just before the emulator answers an operation (e.g. delete a comment between a listing and an edit). */
  readonly before = new Map<string, () => void>();
  /** Trees answered with `truncated: true` (GitHub does so past 100,000 entries or 7 MB). */
  readonly truncatedTrees = new Set<string>();
  private nextId = 1000;
  private clock = Date.parse('2026-11-22T08:00:00Z');
  private server: Server | undefined;
  /** Origin of the server. */
  url = '';
  /** GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql. */
  enterprise = false;

  /** The API base URL a client should use (GITHUB_API_URL). */
  get apiUrl(): string {
    return this.enterprise ? `${this.url}/api/v3` : this.url;
  }

  constructor(fullName = 'octo-org/ml-repo') {
    const [owner, repo] = fullName.split('/');
    this.owner = owner!;
    this.repo = repo!;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push(`emulator crashed on ${request.method} ${request.url}: ${String(error)}`);
        if (!response.headersSent) response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    validator();
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Queue a fault answered instead of the real response for the next `times` matching requests. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  forbid(operationId: string, times = 1000): void {
    this.inject({ operationId, status: 403, message: 'Resource not accessible by integration', times });
  }

  secondaryRateLimit(operationId: string, retryAfterSeconds: number): void {
    this.inject({
      operationId,
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds) },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
  }

  primaryRateLimit(operationId: string, resetInSeconds: number): void {
    const reset = Math.ceil(Date.now() / 1000) + resetInSeconds;
    this.inject({
      operationId,
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
  }

  addFiles(ref: string, files: Record<string, string>): void {
    const existing = this.files.get(ref) ?? new Map<string, string>();
    for (const [path, text] of Object.entries(files)) existing.set(path, text);
    this.files.set(ref, existing);
  }

  /** Seed a comment as if someone had posted it earlier. */
  seedComment(issueNumber: number, body: string, user: Identity = this.tokenIdentity): number {
    const id = this.nextId++;
    const at = this.timestamp();
    const list = this.comments.get(issueNumber) ?? [];
    list.push({ id, body, user, created_at: at, updated_at: at });
    this.comments.set(issueNumber, list);
    return id;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return [...(this.comments.get(issueNumber) ?? [])];
  }

  callsTo(operationId: string): RecordedCall[] {
    return this.calls.filter((call) => call.operationId === operationId);
  }

  assertClean(): void {
    if (this.violations.length)
      throw new Error(`GitHub emulator saw contract violations:\n${this.violations.join('\n')}`);
  }

  private timestamp(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private get repoUrl(): string {
    return `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${method} ${url.pathname}: request body is not JSON`);
      }
    }
    const record: RecordedCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: 'unknown',
      status: 0,
      requestBody: body,
      authorization: request.headers.authorization,
    };
    this.calls.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.responseBody = payload;
      const encoded = payload === undefined ? '' : typeof payload === 'string' ? payload : JSON.stringify(payload);
      response.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
        'x-github-request-id': `EMU:${this.calls.length}`,
        ...headers,
      });
      response.end(encoded);
    };
    const error = (status: number, message: string, headers?: Record<string, string>) =>
      send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }, headers);

    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `bearer ${this.token}` && auth !== `Bearer ${this.token}`) {
      this.violations.push(`${method} ${url.pathname}: missing or wrong authorization header`);
      return error(401, 'Bad credentials');
    }

    const graphqlPath = this.enterprise ? '/api/graphql' : '/graphql';
    let pathname = url.pathname;
    if (this.enterprise && pathname !== graphqlPath) {
      if (!pathname.startsWith('/api/v3/')) {
        this.violations.push(`${method} ${pathname}: GitHub Enterprise Server serves the REST API under /api/v3`);
        return error(404, 'Not Found');
      }
      pathname = pathname.slice('/api/v3'.length);
    }
    if (pathname === graphqlPath) {
      record.operationId = 'graphql';
      const fault = this.takeFault('graphql');
      if (fault) return error(fault.status, fault.message ?? 'fault', fault.headers);
      const query = (body as { query?: unknown })?.query;
      if (typeof query !== 'string' || !/\bviewer\s*\{\s*login\b/.test(query)) {
        this.violations.push(`graphql: only the viewer { login } query is emulated, got ${JSON.stringify(body)}`);
        return send(200, { errors: [{ message: 'unsupported query' }] });
      }
      // GraphQL names a bot without the "[bot]" suffix REST shows, and says what kind of account it is.
      const who = this.tokenIdentity;
      const viewer: Record<string, string> = {
        login: who.type === 'Bot' ? who.login.replace(/\[bot\]$/, '') : who.login,
      };
      if (/__typename/.test(query)) viewer.__typename = who.type;
      return send(200, { data: { viewer } });
    }

    const matched = validator().match(method, pathname);
    if (!matched) {
      this.violations.push(`${method} ${pathname}: not an endpoint of the GitHub REST API`);
      return error(404, 'Not Found');
    }
    record.operationId = matched.operationId;
    const requestProblems = validator().checkRequest(matched, url.searchParams, body);
    this.violations.push(...requestProblems);
    if (requestProblems.length)
      return this.reply(
        matched,
        send,
        422,
        { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', errors: requestProblems },
        {},
        true,
      );
    if (matched.pathParams.owner !== this.owner || matched.pathParams.repo !== this.repo) {
      if (matched.pathParams.owner !== undefined) return this.reply(matched, send, 404, notFound());
    }

    const fault = this.takeFault(matched.operationId);
    if (fault?.stall) {
      record.status = -1;
      return; // never answered; closeAllConnections() in stop() ends it
    }
    if (fault?.applied) this.route(matched, url, body, false);
    if (fault && !fault.trickle) {
      const echoed = fault.echoAuthorization ? ` (request had Authorization: ${request.headers.authorization})` : '';
      const payload = {
        message: `${fault.message ?? `emulated ${fault.status}`}${echoed}`,
        documentation_url: 'https://docs.github.com/rest',
      };
      return this.reply(matched, send, fault.status, payload, fault.headers, true);
    }
    this.before.get(matched.operationId)?.();
    if (fault?.trickle) {
      const [status, payload] = this.route(matched, url, body, false);
      const encoded = Buffer.from(JSON.stringify(payload));
      record.status = status;
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.write(encoded.subarray(0, 1));
      let at = 1;
      const timer = setInterval(() => {
        if (response.destroyed || at >= encoded.length) {
          clearInterval(timer);
          if (!response.destroyed) response.end();
          return;
        }
        response.write(encoded.subarray(at, at + 1));
        at += 1;
      }, fault.trickleMs ?? 1000);
      response.on('close', () => clearInterval(timer));
      return;
    }
    const [status, payload, headers] = this.route(
      matched,
      url,
      body,
      /vnd\.github(\.v3)?\.raw/.test(request.headers.accept ?? ''),
    );
    return this.reply(matched, send, status, payload, headers);
  }

  private reply(
    matched: MatchedOperation,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
    status: number,
    payload: unknown,
    headers?: Record<string, string>,
    injected = false,
  ): void {
    const raw = typeof payload === 'string';
    if (!raw)
      this.violations.push(
        ...validator().checkResponse(matched, status, payload, injected || status >= 500 || status === 404),
      );
    send(status, payload, headers);
  }

  private takeFault(operationId: string): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.operationId === operationId && candidate.left > 0);
    if (fault) fault.left -= 1;
    return fault;
  }

  private route(
    matched: MatchedOperation,
    url: URL,
    body: unknown,
    rawWanted: boolean,
  ): [number, unknown, Record<string, string>?] {
    const params = matched.pathParams;
    switch (matched.operationId) {
      case 'users/get-authenticated':
        if (this.tokenIsInstallation)
          return [
            403,
            {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            },
          ];
        return [
          200,
          {
            ...userObject(this.url, this.tokenIdentity),
            user_view_type: 'public',
            name: null,
            company: null,
            blog: null,
            location: null,
            email: null,
            hireable: null,
            bio: null,
            public_repos: 0,
            public_gists: 0,
            followers: 0,
            following: 0,
            created_at: '2020-01-01T00:00:00Z',
            updated_at: '2020-01-01T00:00:00Z',
          },
        ];
      case 'issues/list-comments':
        return this.listComments(Number(params.issue_number), url);
      case 'issues/create-comment': {
        const issueNumber = Number(params.issue_number);
        const text = (body as { body: string }).body;
        if (text.length > 65536) return [422, validationFailed('body is too long (maximum is 65536 characters)')];
        const id = this.seedComment(issueNumber, text);
        return [201, this.commentJson(issueNumber, this.comments.get(issueNumber)!.find((c) => c.id === id)!)];
      }
      case 'issues/update-comment': {
        const found = this.findComment(Number(params.comment_id));
        if (!found) return [404, notFound()];
        const text = (body as { body: string }).body;
        if (text.length > 65536) return [422, validationFailed('body is too long (maximum is 65536 characters)')];
        if (found.comment.user.login !== this.tokenIdentity.login)
          return [
            403,
            { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest' },
          ];
        found.comment.body = text;
        found.comment.updated_at = this.timestamp();
        return [200, this.commentJson(found.issueNumber, found.comment)];
      }
      case 'issues/delete-comment': {
        const found = this.findComment(Number(params.comment_id));
        if (!found) return [404, notFound()];
        const list = this.comments.get(found.issueNumber)!;
        list.splice(list.indexOf(found.comment), 1);
        return [204, undefined];
      }
      case 'checks/create': {
        const input = body as Record<string, unknown>;
        const run = this.checkRunJson(input);
        this.checkRuns.push(run);
        return [201, run];
      }
      case 'repos/create-commit-status': {
        const input = body as { state: string; target_url?: string; description?: string; context?: string };
        const id = this.nextId++;
        const at = this.timestamp();
        const status = {
          url: `${this.repoUrl}/statuses/${params.sha}`,
          avatar_url: null,
          id,
          node_id: `SC_${id}`,
          state: input.state,
          description: input.description ?? null,
          target_url: input.target_url ?? null,
          context: input.context ?? 'default',
          created_at: at,
          updated_at: at,
          creator: userObject(this.url, this.tokenIdentity),
          sha: params.sha,
        };
        this.statuses.push(status);
        return [201, status];
      }
      case 'repos/get-content':
        return this.getContent(params.path!, url.searchParams.get('ref') ?? 'HEAD', rawWanted);
      case 'pulls/get': {
        const seed = this.pulls.get(Number(params.pull_number));
        return seed ? [200, this.pullJson(seed)] : [404, notFound()];
      }
      case 'pulls/list': {
        const state = url.searchParams.get('state') ?? 'open';
        const all = [...this.pulls.values()].filter((pull) => state === 'all' || (pull.state ?? 'open') === state);
        return [200, all.map((seed) => this.pullJson(seed, true))];
      }
      case 'git/get-tree': {
        const tree = this.files.get(params.tree_sha!);
        if (!tree) return [404, notFound()];
        const entries = [...tree.entries()].map(([path, text]) => ({
          path,
          mode: '100644',
          type: 'blob',
          sha: blobSha(path),
          size: Buffer.byteLength(text),
          url: `${this.repoUrl}/git/blobs/${blobSha(path)}`,
        }));
        const truncated = this.truncatedTrees.has(params.tree_sha!);
        return [
          200,
          {
            sha: params.tree_sha,
            url: `${this.repoUrl}/git/trees/${params.tree_sha}`,
            truncated,
            tree: truncated ? entries.slice(0, 1) : entries,
          },
        ];
      }
      case 'git/get-ref': {
        const sha = this.refs.get(params.ref!);
        if (!sha) return [404, notFound()];
        return [
          200,
          {
            ref: `refs/${params.ref}`,
            node_id: 'REF_1',
            url: `${this.repoUrl}/git/refs/${params.ref}`,
            object: { type: 'commit', sha, url: `${this.repoUrl}/git/commits/${sha}` },
          },
        ];
      }
      default:
        this.violations.push(`${matched.operationId}: the emulator does not implement this endpoint`);
        return [404, notFound()];
    }
  }

  private listComments(issueNumber: number, url: URL): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = this.comments.get(issueNumber) ?? [];
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (n: number, rel: string) => {
      const target = new URL(url.pathname, this.url);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    return [
      200,
      slice.map((comment) => this.commentJson(issueNumber, comment)),
      links.length ? { link: links.join(', ') } : {},
    ];
  }

  private findComment(id: number): { issueNumber: number; comment: StoredComment } | undefined {
    for (const [issueNumber, list] of this.comments) {
      const comment = list.find((candidate) => candidate.id === id);
      if (comment) return { issueNumber, comment };
    }
    return undefined;
  }

  private commentJson(issueNumber: number, comment: StoredComment) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.repoUrl}/issues/comments/${comment.id}`,
      html_url: `https://github.example.test/${this.owner}/${this.repo}/pull/${issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoUrl}/issues/${issueNumber}`,
      body: comment.body,
      user: userObject(this.url, comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: 'NONE',
    };
  }

  private checkRunJson(input: Record<string, unknown>) {
    const run = validator().example<Record<string, unknown>>('check-run');
    const id = this.nextId++;
    const output = (input.output ?? {}) as Record<string, unknown>;
    return {
      ...run,
      id,
      node_id: `CR_${id}`,
      name: input.name,
      head_sha: input.head_sha,
      status: input.status ?? 'queued',
      conclusion: input.conclusion ?? null,
      details_url: input.details_url ?? null,
      external_id: input.external_id ?? null,
      url: `${this.repoUrl}/check-runs/${id}`,
      html_url: `https://github.example.test/${this.owner}/${this.repo}/runs/${id}`,
      started_at: input.started_at ?? this.timestamp(),
      completed_at: input.completed_at ?? (input.conclusion ? this.timestamp() : null),
      output: {
        title: output.title ?? null,
        summary: output.summary ?? null,
        text: output.text ?? null,
        annotations_count: 0,
        annotations_url: `${this.repoUrl}/check-runs/${id}/annotations`,
      },
      pull_requests: [],
    };
  }

  private getContent(path: string, ref: string, rawWanted: boolean): [number, unknown] {
    const tree = this.files.get(ref);
    if (!tree) return [404, notFound(`No commit found for the ref ${ref}`)];
    const text = tree.get(path);
    const htmlBase = `https://github.example.test/${this.owner}/${this.repo}/blob/${ref}`;
    const links = (p: string) => ({
      self: `${this.repoUrl}/contents/${p}?ref=${ref}`,
      git: `${this.repoUrl}/git/blobs/${blobSha(p)}`,
      html: `${htmlBase}/${p}`,
    });
    if (text === undefined) {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const children = [...tree.keys()].filter((p) => p.startsWith(prefix));
      if (!children.length) return [404, notFound()];
      const names = [...new Set(children.map((p) => p.slice(prefix.length).split('/')[0]!))];
      return [
        200,
        names.map((name) => {
          const child = prefix + name;
          const isFile = tree.has(child);
          return {
            type: isFile ? 'file' : 'dir',
            size: isFile ? Buffer.byteLength(tree.get(child)!) : 0,
            name,
            path: child,
            sha: blobSha(child),
            url: links(child).self,
            git_url: links(child).git,
            html_url: links(child).html,
            download_url: isFile ? `${this.url}/raw/${ref}/${child}` : null,
            _links: links(child),
          };
        }),
      ];
    }
    const raw = Buffer.from(text, 'utf8');
    if (rawWanted) return [200, text];
    const tooLargeForJson = raw.length > 1024 * 1024;
    return [
      200,
      {
        type: 'file',
        encoding: tooLargeForJson ? 'none' : 'base64',
        size: raw.length,
        name: path.split('/').pop()!,
        path,
        content: tooLargeForJson ? '' : raw.toString('base64').replace(/(.{60})/g, '$1\n'),
        sha: blobSha(path),
        url: links(path).self,
        git_url: links(path).git,
        html_url: links(path).html,
        download_url: `${this.url}/raw/${ref}/${path}`,
        _links: links(path),
      },
    ];
  }

  private pullJson(seed: PullRequestSeed, simple = false) {
    const pull = validator().example<Record<string, unknown>>(simple ? 'pull-request-simple' : 'pull-request');
    const repo = (fullName: string, template: Record<string, unknown>) => {
      const [owner, name] = fullName.split('/');
      return {
        ...template,
        name,
        full_name: fullName,
        fork: fullName !== `${this.owner}/${this.repo}`,
        owner: { ...(template.owner as object), login: owner },
      };
    };
    const head = pull.head as Record<string, unknown>;
    const base = pull.base as Record<string, unknown>;
    return {
      ...pull,
      number: seed.number,
      state: seed.state ?? 'open',
      requested_teams: [],
      url: `${this.repoUrl}/pulls/${seed.number}`,
      head: {
        ...head,
        sha: seed.headSha,
        ref: seed.headRef,
        label: `${(seed.headRepo ?? this.owner).split('/')[0]}:${seed.headRef}`,
        repo: repo(seed.headRepo ?? `${this.owner}/${this.repo}`, head.repo as Record<string, unknown>),
      },
      base: {
        ...base,
        sha: seed.baseSha,
        ref: seed.baseRef,
        label: `${this.owner}:${seed.baseRef}`,
        repo: repo(`${this.owner}/${this.repo}`, base.repo as Record<string, unknown>),
      },
    };
  }
}

function notFound(message = 'Not Found') {
  return { message, documentation_url: 'https://docs.github.com/rest', status: '404' };
}

function validationFailed(message: string) {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }],
    documentation_url: 'https://docs.github.com/rest',
  };
}

function blobSha(path: string): string {
  let hash = 0;
  for (const char of path) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0').repeat(5);
}

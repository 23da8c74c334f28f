// Checks requests and responses against GitHub's published OpenAPI description (@octokit/openapi, api.github.com).
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface OpenApiOperation {
  operationId: string;
  parameters?: JsonObject[];
  requestBody?: { content?: Record<string, { schema?: JsonObject }> };
  responses: Record<string, JsonObject>;
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  pathParams: Record<string, string>;
  operation: OpenApiOperation;
}

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; its default export arrives either directly or under .default.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: Ajv,
) => Ajv;

/** OpenAPI 3.0 `nullable` is not JSON Schema: rewrite it to anyOf [..., null] throughout. */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'discriminator') continue;
    out[key] = toJsonSchema(value);
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

export class OpenApiValidator {
  private readonly spec: { paths: Record<string, Record<string, OpenApiOperation>>; components: JsonObject };
  private readonly ajv: Ajv;
  private readonly routes: { regex: RegExp; template: string; names: string[] }[];
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.spec = require('@octokit/openapi/generated/api.github.com.json');
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    for (const format of ['repo.nwo', 'ssh-key', 'uri-template']) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: 'gh', components: toJsonSchema(this.spec.components as Json) } as object);
    // Longest literal templates first so /issues/comments/{id} wins over /issues/{issue_number}.
    this.routes = Object.keys(this.spec.paths)
      .map((template) => {
        const names: string[] = [];
        const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          // Multi-segment parameters (contents path, status sha) may hold slashes.
          return name === 'path' ? '(.+)' : '([^/]+)';
        });
        return { regex: new RegExp(`^${pattern}$`), template, names };
      })
      .sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  }

  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const route of this.routes) {
      const found = route.regex.exec(pathname);
      const operation = found && this.spec.paths[route.template]?.[method.toLowerCase()];
      if (!found || !operation) continue;
      const pathParams = Object.fromEntries(
        route.names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]),
      );
      return { operationId: operation.operationId, template: route.template, pathParams, operation };
    }
    return undefined;
  }

  private resolve<T>(node: JsonObject): T {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node as T;
    const target = ref
      .replace('#/', '')
      .split('/')
      .reduce<Json>((at, key) => (at as JsonObject)[key]!, this.spec as unknown as Json);
    return this.resolve<T>(target as JsonObject);
  }

  private validator(key: string, schema: JsonObject): ValidateFunction {
    let compiled = this.cache.get(key);
    if (!compiled) {
      const rewritten = JSON.parse(
        JSON.stringify(toJsonSchema(schema)).replaceAll('"#/components/', '"gh#/components/'),
      );
      compiled = this.ajv.compile(rewritten);
      this.cache.set(key, compiled);
    }
    return compiled;
  }

  private run(key: string, schema: JsonObject, value: unknown, what: string): string[] {
    const validate = this.validator(key, schema);
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${what}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }

  /** Problems with a request: unknown parameters of wrong type, missing required ones, body not matching. */
  checkRequest(matched: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const { operation, operationId } = matched;
    for (const raw of operation.parameters ?? []) {
      const parameter = this.resolve<{ name: string; in: string; required?: boolean; schema?: JsonObject }>(raw);
      const value =
        parameter.in === 'path'
          ? matched.pathParams[parameter.name]
          : parameter.in === 'query'
            ? (query.get(parameter.name) ?? undefined)
            : undefined;
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      if (value === undefined) {
        if (parameter.required) problems.push(`${operationId}: missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      const type = parameter.schema?.type;
      const typed =
        type === 'integer' || type === 'number' ? Number(value) : type === 'boolean' ? value === 'true' : value;
      if (parameter.schema)
        problems.push(
          ...this.run(
            `${operationId}:param:${parameter.name}`,
            parameter.schema,
            typed,
            `${operationId} ${parameter.name}`,
          ),
        );
    }
    const known = new Set((operation.parameters ?? []).map((raw) => this.resolve<{ name: string }>(raw).name));
    for (const name of query.keys())
      if (!known.has(name)) problems.push(`${operationId}: unknown query parameter ${name}`);
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    if (bodySchema) problems.push(...this.run(`${operationId}:body`, bodySchema, body, `${operationId} request body`));
    else if (body !== undefined) problems.push(`${operationId}: takes no request body`);
    return problems;
  }

  /** Problems with a response; a status the description does not list is itself a problem unless `undocumentedOk`. */
  checkResponse(matched: MatchedOperation, status: number, body: unknown, undocumentedOk = false): string[] {
    const { operation, operationId } = matched;
    const declared = operation.responses[String(status)];
    if (!declared) {
      if (undocumentedOk)
        return this.run('basic-error', { $ref: '#/components/schemas/basic-error' }, body, `${operationId} ${status}`);
      return [`${operationId}: status ${status} is not documented`];
    }
    const response = this.resolve<{ content?: Record<string, { schema?: JsonObject }> }>(declared);
    const schema = response.content?.['application/json']?.schema;
    if (!schema)
      return body === undefined || body === '' ? [] : [`${operationId}: ${status} has no body in the description`];
    return this.run(`${operationId}:${status}`, schema, body, `${operationId} ${status} response`);
  }

  /** A documented example value (components/examples) to build realistic responses from. */
  example<T>(name: string): T {
    const example = (this.spec.components.examples as JsonObject)[name] as { value: T } | undefined;
    if (!example) throw new Error(`no OpenAPI example named ${name}`);
    return structuredClone(example.value);
  }
}

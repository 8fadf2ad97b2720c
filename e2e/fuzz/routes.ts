import type { FastifyInstance } from 'fastify';
import type { Schema } from './generate.ts';

/** One route of the hub as the fuzzer sees it: how to call it and, when it has one, what it expects. */
export interface FuzzRoute {
  method: string;
  /** Fastify's pattern: `/api/tickets/:id`, `/kiosk/*`. */
  url: string;
  params: Record<string, Schema>;
  query: Schema | undefined;
  body: Schema | undefined;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; schema?: Schema; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/**
 * The router's own listing (printRoutes), read as a tree: every method and path the hub answers, wildcards
 * included, whatever declared them. The OpenAPI document adds the schemas where a route has one.
 */
function listed(app: FastifyInstance): Array<{ method: string; url: string }> {
  const out: Array<{ method: string; url: string }> = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack[depth] = (depth ? stack[depth - 1]! : '') + m[2]!;
    if (m[3]) for (const method of m[3].split(', ')) if (method !== 'HEAD') out.push({ method, url: stack[depth]! });
  }
  return out;
}

export function routeTable(app: FastifyInstance): FuzzRoute[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const ops = new Map<string, OpenApiOperation>();
  for (const [p, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) ops.set(`${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`, op);
  }
  const seen = new Set<string>();
  const routes: FuzzRoute[] = [];
  for (const { method, url } of listed(app)) {
    const key = `${method} ${url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const op = ops.get(key);
    const params: Record<string, Schema> = {};
    const query: Schema = { type: 'object', properties: {}, required: [] };
    for (const p of op?.parameters ?? []) {
      if (p.in === 'path') params[p.name] = p.schema ?? {};
      if (p.in === 'query') {
        query.properties![p.name] = p.schema ?? {};
        if (p.required) query.required!.push(p.name);
      }
    }
    routes.push({
      method, url, params,
      query: Object.keys(query.properties!).length ? query : undefined,
      body: op?.requestBody?.content?.['application/json']?.schema,
    });
  }
  return routes;
}

import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; code: 'body.too_large' };

/** Reads a request body up to `limit` bytes; a larger one is refused without reading it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return { ok: false, code: 'body.too_large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return { ok: false, code: 'body.too_large' };
    }
    chunks.push(chunk);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

export type FormResult =
  { ok: true; form: FormData } | { ok: false; code: 'body.too_large' | 'body.not_a_form' };

/**
 * Reads an urlencoded or multipart form with the platform's own parser (undici's
 * `Response.formData()`), so file uploads need no dependency.
 */
export async function readForm(req: IncomingMessage, limit: number): Promise<FormResult> {
  const type = req.headers['content-type'] ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return { ok: false, code: 'body.not_a_form' };
  }
  const read = await readBody(req, limit);
  if (!read.ok) return read;
  try {
    return {
      ok: true,
      form: await new Response(read.body, { headers: { 'content-type': type } }).formData(),
    };
  } catch {
    return { ok: false, code: 'body.not_a_form' };
  }
}

/** A text field of a form; files and missing fields are undefined. */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The one way the web app talks to the Pacta API: JSON over `fetch` with the session cookie,
 * every failure turned into an {@link ApiError} carrying the API's error shape
 * (`{error: {code, message, requestId, fields}}`), so screens translate it by `code`.
 */

/** One failing input of an `invalid_input` / `invalid_calendar` answer, e.g. `body.spec.week.mon[1][0]`. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
  /** What is wrong, as a code the app puts into words (absent on older or domain errors). */
  readonly issue?: string | undefined;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/** The rule an answer says was broken: the catalog key and the values its sentence takes. */
export interface BrokenRule {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A failed API call: the error code to translate, the server's message as detail, and the fields at fault. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly fields: readonly FieldIssue[] = [],
    /** A broken business rule: its message key and parameters, for the sentence in the user's language. */
    readonly rule: BrokenRule | null = null,
  ) {
    super(message);
  }
}

/** Query parameters; undefined and empty values are left out. */
export type Query = Readonly<Record<string, string | number | undefined>>;

type Listener = (error: ApiError) => void;
let onUnauthenticated: Listener | null = null;

/** Lets the session hear about a 401 on any call, so an expired session leads back to sign-in. */
export function setUnauthenticatedListener(listener: Listener | null) {
  onUnauthenticated = listener;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plainParams(params: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || typeof error.code !== 'string') {
    return new ApiError(status, 'bad_response', `HTTP ${status}`, null);
  }
  const fields = Array.isArray(error.fields)
    ? error.fields
        .filter(
          (f): f is FieldIssue =>
            isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string',
        )
        .map((f) => ({
          path: f.path,
          message: f.message,
          issue: typeof f.issue === 'string' ? f.issue : undefined,
          params: isRecord(f.params) ? plainParams(f.params) : undefined,
        }))
    : [];
  return new ApiError(
    status,
    error.code,
    typeof error.message === 'string' ? error.message : error.code,
    typeof error.requestId === 'string' ? error.requestId : null,
    fields,
    typeof error.rule === 'string'
      ? { key: error.rule, params: isRecord(error.params) ? plainParams(error.params) : {} }
      : null,
  );
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** Calls the API; resolves with the parsed JSON (undefined for 204) or rejects with an ApiError. */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: { body?: unknown; query?: Query } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause), null);
  }
  if (response.status === 204) return undefined as T;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'bad_response', `HTTP ${response.status}`, null);
  }
  if (response.ok) return body as T;
  const error = errorFrom(response.status, body);
  if (error.code === 'unauthenticated' && path !== '/api/auth/login') onUnauthenticated?.(error);
  throw error;
}

/** Turns anything caught into an ApiError, so screens have one shape to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(
    0,
    'bad_response',
    error instanceof Error ? error.message : String(error),
    null,
  );
}

/** A downloaded file: its bytes and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  name: string;
}

/**
 * Downloads a file from the API, reporting its bytes as they arrive (`total` from the answer's
 * length, null when the server does not say); a refusal is an {@link ApiError} like any call's.
 */
export async function downloadFile(
  path: string,
  onStarted: () => void,
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause), null);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const error = errorFrom(response.status, body);
    if (error.code === 'unauthenticated') onUnauthenticated?.(error);
    throw error;
  }
  onStarted();
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    chunks.push(new Uint8Array(read.value));
    received += read.value.byteLength;
    onProgress(received, total);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'report';
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), name };
}

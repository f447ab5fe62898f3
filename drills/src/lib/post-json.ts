/** The fields of the order service's answers the drills read (an order, or an error body). */
export interface AnswerBody {
  readonly id?: string;
  readonly status?: string;
  readonly chargeId?: string;
  readonly code?: string;
  readonly details?: { readonly from?: string };
}

/** The service's JSON answer as `AnswerBody`, or undefined when it is no JSON object. */
export function answerBody(text: string): AnswerBody | undefined {
  try {
    const json: unknown = JSON.parse(text);
    // The order service's own answers: the drills check the fields they use.
    return typeof json === 'object' && json !== null ? (json as AnswerBody) : undefined;
  } catch {
    return undefined;
  }
}

/** What `postJson` resolves with: the status (0 for a network failure), the parsed body, the text. */
export interface PostResult {
  readonly status: number;
  readonly body?: AnswerBody | undefined;
  readonly text?: string;
  readonly error?: string;
}

/** POST JSON; resolves with `{ status, body }` and never throws (a network failure is status 0). */
export async function postJson(
  url: string,
  body: unknown,
  {
    headers = {},
    timeoutMs = 30_000,
  }: { headers?: Readonly<Record<string, string>>; timeoutMs?: number } = {},
): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, body: answerBody(text), text };
  } catch (error) {
    return { status: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

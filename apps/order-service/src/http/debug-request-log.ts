import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * Fastify's two lines per request ("incoming request", "request completed") at `debug` instead of
 * `info`; failed requests still log at `error`. At the production default (`info`) they cost the
 * service about a tenth of its CPU per request: each is a JSON line with the request's headers,
 * redacted, written synchronously to stdout. `LOG_LEVEL=debug` brings them back.
 */
export class DebugRequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) super.requestCompleted(error, request, reply);
    else if (!this.isLogDisabled(request))
      reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { completeChat } from '../../../src/adapters/language-model/chat-client.ts';
import {
  languageModelFrom,
  type LanguageModel,
  type MappingContext,
} from '../../../src/adapters/language-model/language-model.ts';
import { loadConfig } from '../../../src/config.ts';
import type { ParseContext } from '../../../src/domain/conversations/parser/context.ts';
import type { LanguageModelConfig } from '../../../src/language-model-config.ts';
import { createLogger } from '../../../src/logger.ts';

/** What the stub answers next: a status and a body, or nothing at all. */
type StubReply = { status: number; body: string } | 'never';

/** An OpenAI-style completion whose first choice says `content`. */
function completion(content: string): StubReply {
  return {
    status: 200,
    body: JSON.stringify({
      id: 'cmpl-1',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    }),
  };
}

const context: MappingContext = {
  language: 'de',
  vocabulary: {
    criteria: [
      { id: 'price', names: ['Preis', 'price'] },
      { id: 'quality', names: ['Qualität', 'quality'] },
    ],
    options: [{ id: 'opt-a', names: ['Angebot A'] }],
  },
  expects: ['weights', 'comparison'],
};

/**
 * One stub of an OpenAI-compatible endpoint on 127.0.0.1 for the whole file: it records each
 * request and answers with whatever the test put in `reply`.
 */
describe('language model adapter', () => {
  let server: Server;
  let config: LanguageModelConfig;
  let reply: StubReply;
  const requests: { url: string; headers: IncomingMessage['headers']; body: unknown }[] = [];
  const logLines: string[] = [];
  let model: LanguageModel;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        requests.push({
          url: request.url ?? '',
          headers: request.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
        if (reply === 'never') return;
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    config = loadConfig({
      LLM_BASE_URL: `http://127.0.0.1:${port}/v1/`,
      LLM_MODEL: 'local-model',
      LLM_API_KEY: 'sk-secret-4711',
      LLM_TIMEOUT_MS: '5000',
    }).languageModel!;
    const logger = createLogger(
      'warn',
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          logLines.push(chunk.toString('utf8'));
          callback();
        },
      }),
    );
    model = languageModelFrom({ languageModel: config }, logger)!;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    requests.length = 0;
    logLines.length = 0;
  });

  it('is off unless LLM_BASE_URL is set', () => {
    expect(languageModelFrom(loadConfig({}))).toBeNull();
  });

  it('takes a ParseContext as it is', () => {
    expectTypeOf<ParseContext>().toExtend<MappingContext>();
  });

  it('accepts a mapping within the vocabulary, sending the key as a bearer token', async () => {
    reply = completion(
      JSON.stringify({ intent: 'setWeights', weights: [{ criterionId: 'price', percent: '40' }] }),
    );
    expect(await model.mapUtterance('Preis mit 40 Prozent', context)).toEqual({
      intent: 'setWeights',
      weights: [{ criterionId: 'price', percent: '40' }],
    });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.url).toBe('/v1/chat/completions');
    expect(request!.headers.authorization).toBe('Bearer sk-secret-4711');
    expect(request!.body).toMatchObject({
      model: 'local-model',
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: expect.stringContaining('- price: Preis | price') },
        { role: 'user', content: 'Preis mit 40 Prozent' },
      ],
    });
  });

  it('reads a mapping in a code fence and with absent slots spelled null', async () => {
    reply = completion(
      '```json\n{"intent":"compare","comparison":{"more":"quality","less":"price","factor":3},"text":null}\n```',
    );
    expect(await model.mapUtterance('Qualität ist dreimal so wichtig wie Preis', context)).toEqual({
      intent: 'compare',
      comparison: { more: 'quality', less: 'price', factor: 3 },
    });
  });

  it.each([
    ['a reply that is not JSON', completion('Die Gewichtung ist 40 %.')],
    ['a reply outside the schema', completion('{"intent":"setWeights","weights":[]}')],
    [
      'an id outside the vocabulary',
      completion('{"intent":"setWeights","weights":[{"criterionId":"delivery","percent":"40"}]}'),
    ],
    ['a slot the step does not ask for', completion('{"intent":"answer","amount":"40"}')],
    [
      'a weight the person did not type',
      completion(
        '{"intent":"setWeights","weights":[{"criterionId":"price","percent":"40"},{"criterionId":"quality","percent":"60"}]}',
      ),
    ],
    ['"unknown"', completion('{"intent":"unknown"}')],
    ['an answer of the wrong shape', { status: 200, body: '{"result":"ok"}' }],
    ['a server error', { status: 500, body: '{"error":"sk-secret-4711 is overloaded"}' }],
  ])('maps to null on %s', async (_case, answer) => {
    reply = answer;
    expect(await model.mapUtterance('Preis mit 40 Prozent', context)).toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('maps to null when the endpoint does not answer in time, logging a code only', async () => {
    reply = 'never';
    const impatient = languageModelFrom(
      { languageModel: { ...config, timeoutMs: 100 } },
      createLogger(
        'warn',
        new Writable({
          write(chunk: Buffer, _encoding, callback) {
            logLines.push(chunk.toString('utf8'));
            callback();
          },
        }),
      ),
    )!;
    expect(await impatient.mapUtterance('Preis mit 40 Prozent', context)).toBeNull();
    expect(logLines.join('')).toContain('"code":"timeout"');
  });

  it('repeats neither the key nor the reply in what it logs', async () => {
    reply = { status: 500, body: '{"error":"sk-secret-4711 overloaded"}' };
    expect(
      await model.rephrase({ text: { de: 'Preis 40 %.', en: 'Price 40%.' } }, 'de'),
    ).toBeNull();
    expect(logLines.join('')).toContain('"code":"http_500"');
    expect(logLines.join('')).not.toMatch(/sk-secret|overloaded|Preis/);
    const error = await completeChat(config, [{ role: 'user', content: 'Preis' }], {
      maxTokens: 10,
    }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: 'LanguageModelError', code: 'http_500' });
    expect(String((error as Error).message) + String((error as Error).stack)).not.toMatch(
      /sk-secret|overloaded|127\.0\.0\.1/,
    );
    const lines: string[] = [];
    createLogger('info', { write: (line: string) => lines.push(line) }).info(
      { config: { languageModel: config } },
      'configuration',
    );
    expect(lines.join('')).not.toContain('sk-secret-4711');
  });

  it('takes a rephrasing that keeps the numbers and refuses one that changes them', async () => {
    const message = {
      text: {
        de: 'Angebot A liegt mit 71,3 Punkten vorn; der Preis zählt 40 %.',
        en: 'Option A leads with 71.3 points; price counts 40%.',
      },
      figures: [{ label: { de: 'Punkte B', en: 'Points B' }, value: '68,9' }],
    };
    reply = completion(
      'Vorn liegt Angebot A mit 71,3 Punkten, knapp vor B mit 68,9; Preis: 40 Prozent.',
    );
    expect(await model.rephrase(message, 'de')).toBe(
      'Vorn liegt Angebot A mit 71,3 Punkten, knapp vor B mit 68,9; Preis: 40 Prozent.',
    );
    expect(requests[0]!.body).toMatchObject({
      messages: [
        { role: 'system', content: expect.stringContaining('Punkte B: 68,9') },
        { role: 'user', content: message.text.de },
      ],
    });
    reply = completion('Angebot A liegt mit rund 71 Punkten vorn; der Preis zählt 40 %.');
    expect(await model.rephrase(message, 'de')).toBeNull();
    reply = completion('Option A leads with 71.3 points, about 3 more than B; price counts 40%.');
    expect(await model.rephrase(message, 'en')).toBeNull();
  });
});

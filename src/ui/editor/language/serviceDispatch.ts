/**
 * rcjsuen's dockerfile-language-service, as the worker runs it (service.worker.ts): one request in,
 * one reply out (serviceProtocol.ts). Never rejects: whatever the service throws becomes an
 * `error` reply with the request's id.
 *
 * The service's parts, not its factory: the factory pulls in hover and completion docs, semantic
 * tokens, the validator and a Docker Hub client (Node's https) that the page never uses.
 */
import './bufferShim.ts';
import { DockerAssist } from 'dockerfile-language-service/lib/dockerAssist.js';
import { DockerFolding } from 'dockerfile-language-service/lib/dockerFolding.js';
import type { DockerRegistryClient } from 'dockerfile-language-service/lib/dockerRegistryClient.js';
import { DockerSignatures } from 'dockerfile-language-service/lib/dockerSignatures.js';
import { DockerFormatter } from 'dockerfile-utils/lib/dockerFormatter.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServiceReply, ServiceRequest, ServiceResults } from './serviceProtocol.ts';

/** Image tags are never looked up (the page stays offline); FROM lines are the engine's anyway. */
const NO_REGISTRY = { getTags: () => Promise.resolve([]) } as unknown as DockerRegistryClient;

const formatter = new DockerFormatter();
const documentOf = (text: string): TextDocument => TextDocument.create('', '', 0, text);

async function compute(request: ServiceRequest): Promise<ServiceReply> {
  const { id } = request;
  switch (request.kind) {
    case 'completion': {
      const { capabilities } = request;
      const assist = new DockerAssist(documentOf(request.text), NO_REGISTRY, { ...capabilities, documentationFormat: [...capabilities.documentationFormat] });
      return { id, kind: 'completion', result: await assist.computeProposals(request.position) };
    }
    case 'signatureHelp': {
      const help: ServiceResults['signatureHelp'] = new DockerSignatures().computeSignatures(request.text, request.position) ?? null;
      return { id, kind: 'signatureHelp', result: help };
    }
    case 'folding':
      return { id, kind: 'folding', result: new DockerFolding().computeFoldingRanges(request.text, false, Number.MAX_SAFE_INTEGER) };
    case 'format':
      return { id, kind: 'format', result: formatter.formatDocument(documentOf(request.text), { ...request.options }) };
    case 'formatRange':
      return { id, kind: 'formatRange', result: formatter.formatRange(documentOf(request.text), request.range, { ...request.options }) };
    default:
      throw new Error(`unknown request kind: ${String((request as { kind?: unknown }).kind)}`);
  }
}

/** The reply to `request`; an `error` reply if the service throws or the request is not one. */
export async function answer(request: ServiceRequest): Promise<ServiceReply> {
  const id = typeof (request as { id?: unknown } | null)?.id === 'number' ? request.id : -1;
  try {
    return await compute(request);
  } catch (e) {
    return { id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

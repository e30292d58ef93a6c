/**
 * A downloadable document: a binary (or text) body with its media type, and the headers that
 * make a browser save it under its name without guessing the type.
 */
export function documentResponse(
  body: Uint8Array | string,
  { mediaType, fileName }: { mediaType: string; fileName: string },
): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': mediaType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** The OpenAPI description of a document response. */
export function documentContent(mediaType: string, description: string) {
  return {
    description,
    headers: {
      'content-disposition': {
        description: 'attachment, with the file name (review title, scheme version, as-of date)',
        schema: { type: 'string' as const },
      },
    },
    content: { [mediaType]: { schema: { type: 'string' as const, format: 'binary' } } },
  };
}

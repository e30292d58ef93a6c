import type { z } from 'zod';
import { toJsonPointer } from './json-pointer.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Finds the first object schema in `schema` that would silently accept (or strip) unknown keys.
 * Request inputs must reject them: a stray `status` or `organisationId` in a body is a client bug
 * or an attack (mass assignment), never something to ignore. Returns the path of the offending
 * object within the input, or undefined when every object is strict.
 */
export function findLooseObject(
  schema: z.ZodType,
  path: PropertyKey[] = [],
  seen = new Set<z.ZodType>(),
): string | undefined {
  if (seen.has(schema)) return undefined;
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: z.ZodType | null | undefined, at: PropertyKey[] = path) =>
    child ? findLooseObject(child, at, seen) : undefined;
  switch (def.type) {
    case 'object': {
      if (def.catchall === undefined || defOf(def.catchall).type !== 'never') {
        return toJsonPointer(path);
      }
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const found = walk(child, [...path, key]);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    case 'array':
      return walk(def.element, [...path, '*']);
    case 'set':
    case 'record':
    case 'map':
      return walk(def.valueType, [...path, '*']);
    case 'tuple':
      return [...(def.items ?? []), def.rest]
        .map((child, index) => walk(child, [...path, index]))
        .find((found) => found !== undefined);
    case 'union':
      return (def.options ?? []).map((child) => walk(child)).find((found) => found !== undefined);
    case 'intersection':
      return walk(def.left) ?? walk(def.right);
    case 'pipe':
      return walk(def.in);
    case 'lazy':
      return walk(def.getter?.());
    default:
      return walk(def.innerType);
  }
}

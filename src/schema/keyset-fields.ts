// The cursors a keyset connection hands out (src/schema/keyset.ts): the edges' `cursor` and
// pageInfo's start and end carry the row's sort keys. The Prisma plugin would write the
// cursor field (the ID) alone, so these fields replace its own (given as the connection's
// and the edge's `fields`, which the Relay plugin lets override its defaults).
import { builder } from './builder.ts';

interface Cursors {
  cursorOf(row: object): string;
}
interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
type Edge = { node: object } | null;
/** The two field makers used here, as loosely as Pothos lets a helper shared by several types. */
interface FieldBuilder<Parent> {
  string(options: { nullable: false; description: string; resolve: (parent: Parent) => string }): unknown;
  field(options: { type: unknown; nullable: false; description: string; resolve: (parent: Parent) => unknown }): unknown;
}

/** The edge options of a keyset connection (the third argument of prismaConnection). */
export function keysetEdgeFields<Fields>(ks: Cursors): { fields: Fields } {
  const fields = (t: FieldBuilder<{ node: object }>) => ({
    cursor: t.string({ nullable: false, description: 'Opaque position of this edge, for `after` or `before`.', resolve: (edge) => ks.cursorOf(edge.node) }),
  });
  return { fields: fields as Fields };
}

/** The connection `fields` of a keyset connection: its `pageInfo`, with keyset cursors. */
export function keysetPageInfo<Fields>(ks: Cursors): Fields {
  return ((t: FieldBuilder<{ edges: Edge[]; pageInfo: PageInfo }>) => ({
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      nullable: false,
      description: 'Where this page stands in the whole list.',
      resolve: (connection) => {
        const nodes = connection.edges.flatMap((e) => (e ? [e.node] : []));
        return {
          ...connection.pageInfo,
          startCursor: nodes.length ? ks.cursorOf(nodes[0]!) : null,
          endCursor: nodes.length ? ks.cursorOf(nodes.at(-1)!) : null,
        };
      },
    }),
  })) as Fields;
}

// GraphiQL's page. Yoga's built-in page loads GraphiQL's script and styles from a CDN, so
// it stays blank on a machine without internet. @graphql-yoga/render-graphiql inlines them
// (about 9 MB, served from memory); it is used when installed. The specifier is a variable
// so that type-checking does not require the package.
import type { GraphiQLOptions } from 'graphql-yoga';

export type RenderGraphiQL = (options?: GraphiQLOptions) => string;

export const OFFLINE_GRAPHIQL_PACKAGE = '@graphql-yoga/render-graphiql';

/** The offline GraphiQL renderer, or undefined when the package is not installed. */
export async function loadOfflineGraphiQL(): Promise<RenderGraphiQL | undefined> {
  const specifier: string = OFFLINE_GRAPHIQL_PACKAGE;
  try {
    const mod = (await import(specifier)) as { renderGraphiQL?: RenderGraphiQL };
    return mod.renderGraphiQL;
  } catch {
    return undefined;
  }
}

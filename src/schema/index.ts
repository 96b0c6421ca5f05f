// Imports every domain and builds the schema: the public API and the federation subgraph.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './event.ts';
import './country.ts';
import './official.ts';
import './organization.ts';
import './article.ts';
import './links.ts';

builder.queryType({ description: 'Read the news graph: countries, officials, organizations, articles and diplomatic events.' });

export const schema = lexicographicSortSchema(builder.toSchema());

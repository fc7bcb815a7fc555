import { LAYER_KINDS } from '../src/core/import/layerKind.ts';
import { ROLES } from './db/transaction.ts';

const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json({ $ref: '#/components/schemas/Error' }, description);
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const asOfParam = {
  name: 'as_of',
  in: 'query',
  schema: { type: 'string', format: 'date-time' },
  description: 'The figures as published at this moment (ISO 8601); now when absent.',
};
const signedIn = [{ bearer: [] }];
const common = { 401: error('Not signed in'), 403: error('Not allowed for this role') };

/** The API's OpenAPI 3.1 description, served at /api/openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Phủ sóng: the province shared information system',
    version: '1.0.0',
    description:
      'Published telecom infrastructure of a province (communes, villages, stations, fibre, coverage, population), ' +
      'uploads reviewed by the department (Sở KH&CN), the coverage figures of every version, and the audit log. ' +
      `Roles: ${ROLES.join(', ')}.`,
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token of POST /api/login.' } },
    schemas: {
      Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
      Report: {
        type: 'object',
        description: 'What the importer did with every row (as `npm run cli -- check` prints it): rows = imported + rejected.',
        properties: {
          rows: { type: 'integer' },
          imported: { type: 'integer' },
          warnings: { type: 'integer' },
          rejected: { type: 'integer' },
          reasons: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
      Change: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          kind: { enum: LAYER_KINDS },
          filename: { type: 'string' },
          scope: { type: ['string', 'null'], description: 'The operator whose rows it replaces; null replaces the whole layer.' },
          status: { enum: ['pending', 'published', 'rejected'] },
          uploaded_by: { type: 'string' },
          uploaded_at: { type: 'string', format: 'date-time' },
          decided_by: { type: ['string', 'null'] },
          decided_at: { type: ['string', 'null'], format: 'date-time' },
          report: { $ref: '#/components/schemas/Report' },
        },
      },
    },
  },
  paths: {
    '/api/health': { get: { summary: 'Up, with the PostGIS version', responses: { 200: json({ type: 'object', properties: { ok: { const: true }, postgis: { type: 'string' } } }) } } },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
    '/api/login': {
      post: {
        summary: 'Sign in',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } } } } },
        responses: {
          200: json({ type: 'object', properties: { token: { type: 'string' } } }),
          400: error('Not {"username", "password"}'),
          401: error('Wrong user name or password'),
          429: error('Too many failed sign-ins for this name (5) or address (30) in 15 minutes; see Retry-After'),
        },
      },
    },
    '/api/logout': { post: { summary: 'End this session', security: signedIn, responses: { 200: json({ type: 'object' }), 401: common[401] } } },
    '/api/me': { get: { summary: 'The signed-in user', security: signedIn, responses: { 200: json({ type: 'object' }), 401: common[401] } } },
    '/api/users': {
      get: { summary: 'Users (admin)', security: signedIn, responses: { 200: json({ type: 'array' }), ...common } },
      post: {
        summary: 'Create a user (admin)',
        security: signedIn,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['username', 'password', 'role'],
                properties: {
                  username: { type: 'string' },
                  password: { type: 'string', minLength: 8 },
                  role: { enum: ROLES },
                  operator: { type: 'string', description: 'Required for the operator role' },
                  commune_code: { type: 'string', description: 'Required for the commune role' },
                },
              },
            },
          },
        },
        responses: { 201: json({ type: 'object', properties: { id: { type: 'integer' } } }, 'Created'), 400: error('Invalid user'), 409: error('The name is taken'), ...common },
      },
    },
    '/api/users/{id}': {
      post: {
        summary: 'Change a user (admin): password, role, operator, commune, or disable; the user signs in again',
        security: signedIn,
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { password: { type: 'string', minLength: 8 }, role: { enum: ROLES }, operator: { type: 'string' }, commune_code: { type: 'string' }, disabled: { type: 'boolean' } },
              },
            },
          },
        },
        responses: { 200: json({ type: 'object' }), 400: error('Invalid change'), 404: error('No such user'), 409: error('It would leave no admin'), ...common },
      },
    },
    '/api/uploads': {
      post: {
        summary: 'Upload a layer file as a pending change',
        description:
          'The body is the file (CSV/TSV, .xlsx, GeoJSON, KML, KMZ, zipped Shapefile). An operator uploads its own stations and ' +
          'coverage only: rows naming another operator are rejected `other_operator`. Department and admin upload any layer.',
        security: signedIn,
        parameters: [
          { name: 'kind', in: 'query', required: true, schema: { enum: LAYER_KINDS } },
          { name: 'filename', in: 'query', schema: { type: 'string' } },
          { name: 'crs', in: 'query', schema: { type: 'string' }, description: 'e.g. VN2000:TM3:105.5' },
          { name: 'sheet', in: 'query', schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        responses: {
          201: json({ type: 'object', properties: { change_id: { type: 'integer' }, status: { const: 'pending' }, report: { $ref: '#/components/schemas/Report' } } }, 'Stored for review'),
          400: error("The file cannot be read (error: the import failure's code); nothing is stored"),
          413: error('Larger than 256 MiB'),
          ...common,
        },
      },
    },
    '/api/changes': {
      get: {
        summary: 'Changes (staff: all; operator: its own)',
        security: signedIn,
        parameters: [{ name: 'status', in: 'query', schema: { enum: ['pending', 'published', 'rejected'] } }],
        responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Change' } }), ...common },
      },
    },
    '/api/changes/{id}': { get: { summary: 'One change', security: signedIn, parameters: [idParam], responses: { 200: json({ $ref: '#/components/schemas/Change' }), 404: error('No such change'), ...common } } },
    '/api/changes/{id}/diff': {
      get: {
        summary: 'What publishing the change adds, moves, changes and removes, against the data published now',
        security: signedIn,
        parameters: [idParam, { name: 'limit', in: 'query', schema: { type: 'integer', default: 5000 } }],
        responses: { 200: json({ type: 'object', properties: { counts: { type: 'object' }, rows: { type: 'array' } } }), 404: error('No such change'), ...common },
      },
    },
    '/api/changes/{id}/rejected.csv': {
      get: { summary: "The upload's rejected rows with row and reason", security: signedIn, parameters: [idParam], responses: { 200: { description: 'CSV', content: { 'text/csv': {} } }, ...common } },
    },
    '/api/changes/{id}/approve': {
      post: {
        summary: 'Publish a pending change (department, admin)',
        description: "An operator's stations replace that operator's published stations; a department's stations replace all; other kinds replace their layer.",
        security: signedIn,
        parameters: [idParam],
        responses: { 200: json({ type: 'object' }), 404: error('No such change'), 409: error('Not pending'), ...common },
      },
    },
    '/api/changes/{id}/reject': {
      post: { summary: 'Reject a pending change (department, admin)', security: signedIn, parameters: [idParam], responses: { 200: json({ type: 'object' }), 404: error('No such change'), 409: error('Not pending'), ...common } },
    },
    '/api/stats': {
      get: {
        summary: 'Coverage figures of the published data',
        description:
          'Without `commune`: the province, with the keys of `summary.json`. With `commune`: `{commune, villages}` with the columns of ' +
          '`communes.csv` and `villages.csv`. Computed by the same engine as `npm run cli -- stats`, once per published version. A commune ' +
          'user reads its own commune only.',
        security: signedIn,
        parameters: [{ name: 'commune', in: 'query', schema: { type: 'string' } }, asOfParam],
        responses: { 200: json({ type: 'object' }), 400: error('Bad as_of'), 404: error('Nothing published then, or no such commune'), ...common },
      },
    },
    '/api/layers/{kind}': {
      get: {
        summary:
          'A published layer as GeoJSON with its version and published_at (also in the headers x-published-version and ' +
          'x-published-at); a commune user gets its own area: its rows, and the stations and fibre that reach it',
        security: signedIn,
        parameters: [{ name: 'kind', in: 'path', required: true, schema: { enum: LAYER_KINDS } }, { name: 'commune', in: 'query', schema: { type: 'string' } }, asOfParam],
        responses: { 200: json({ type: 'object' }), ...common },
      },
    },
    '/api/audit': {
      get: {
        summary: 'The audit log (admin, department): sign-ins and failed ones, uploads, approvals, rejections, user changes',
        security: signedIn,
        parameters: [{ name: 'after', in: 'query', schema: { type: 'integer' } }, { name: 'limit', in: 'query', schema: { type: 'integer', default: 1000 } }],
        responses: {
          200: json({ type: 'array', items: { type: 'object', properties: { at: { type: 'string' }, user: { type: ['string', 'null'] }, action: { type: 'string' }, target: { type: ['string', 'null'] }, detail: { type: 'object' } } } }),
          ...common,
        },
      },
    },
  },
};

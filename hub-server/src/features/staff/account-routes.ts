import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, CreateStaffBody, ResetPasswordBody, SetDisabledBody, SetRolesBody, StaffAccount, StaffCreated, StaffIdParams,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { staffOf } from './guard.ts';
import type { StaffStore } from './store.ts';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const manage = { access: { staff: 'staff.manage' as const } };

/** Staff accounts for administrators (staff.manage): create, list, roles, disable or enable, a new password. */
export default async function accountRoutes(app: FastifyInstance, { store }: { store: StaffStore }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/staff/users', {
    config: manage,
    schema: { tags: ['staff'], summary: 'Every staff account with its roles (administrators)', response: { 200: z.array(StaffAccount), 401: ApiError, 403: ApiError } },
  }, async () => store.accounts());

  api.post('/api/staff/users', {
    config: manage,
    schema: {
      tags: ['staff'], summary: 'Open a staff account with its roles (administrators)', body: CreateStaffBody,
      response: { 201: StaffCreated, ...refusals },
    },
  }, async (req, reply) => {
    const { username, password, roles, displayName } = req.body;
    const id = await store.addStaff(username, displayName ?? username, roles, password, app.hub.now());
    reply.status(201);
    return { id };
  });

  api.put('/api/staff/users/:id/roles', {
    config: manage,
    schema: {
      tags: ['staff'], summary: 'Replace an account’s roles; its sessions get the new permissions on their next request',
      params: StaffIdParams, body: SetRolesBody, response: { 200: StaffAccount, ...refusals },
    },
  }, async (req) => store.setRoles(req.params.id, req.body.roles));

  api.post('/api/staff/users/:id/disabled', {
    config: manage,
    schema: {
      tags: ['staff'], summary: 'Disable an account (its sessions end at once) or enable it again',
      params: StaffIdParams, body: SetDisabledBody, response: { 200: StaffAccount, ...refusals },
    },
  }, async (req) => {
    if (req.body.disabled && staffOf(req).staffId === req.params.id) {
      throw new HttpError(409, 'OWN_ACCOUNT', 'you cannot disable your own account', [{ path: 'params.id', message: 'is your own account' }]);
    }
    return store.setDisabled(req.params.id, req.body.disabled);
  });

  api.post('/api/staff/users/:id/password', {
    config: manage,
    schema: {
      tags: ['staff'], summary: 'Set a new password for an account (its sessions end)', params: StaffIdParams, body: ResetPasswordBody,
      response: { 200: StaffAccount, ...refusals },
    },
  }, async (req) => store.resetPassword(req.params.id, req.body.password));
}

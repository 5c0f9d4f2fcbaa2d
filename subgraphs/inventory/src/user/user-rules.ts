// Validation rules for user fields, shared by setup and user creation.
import { ROLES, passwordProblem, type FieldError } from '@fleetgraph/subgraph-kit'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function userFieldProblems(u: { name?: string | null; email?: string | null; password?: string | null; globalRole?: string | null }, opts: { passwordRequired: boolean }): FieldError[] {
  const errs: FieldError[] = []
  if (!u.name?.trim()) errs.push({ name: 'name', reason: 'cannot be empty' })
  if (!u.email?.trim()) errs.push({ name: 'email', reason: 'cannot be empty' })
  else if (!EMAIL.test(u.email.trim()) || u.email.length > 255) errs.push({ name: 'email', reason: `'${u.email}' is not a valid email` })
  if (opts.passwordRequired && !u.password) errs.push({ name: 'password', reason: 'cannot be empty' })
  else if (u.password) { const p = passwordProblem(u.password); if (p) errs.push({ name: 'password', reason: p }) }
  if (u.globalRole != null && !(ROLES as readonly string[]).includes(u.globalRole)) errs.push({ name: 'global_role', reason: `invalid global role: ${u.globalRole}` })
  return errs
}

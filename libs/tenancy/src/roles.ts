export const ROLES = ['owner', 'admin', 'manager', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Higher rank = more rights; a route requiring `analyst` admits analysts, managers, admins and owners. */
const RANK: Record<Role, number> = { viewer: 1, analyst: 2, manager: 3, admin: 4, owner: 5 };

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export function compareRoles(a: Role, b: Role): number {
  return RANK[a] - RANK[b];
}

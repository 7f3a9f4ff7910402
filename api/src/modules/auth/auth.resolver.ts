import { Arg, Ctx, Field, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { LOGIC } from '../../shared/record-where.js';
import { sqlFor } from '../../shared/sql.js';
import { EnumCondition, StringCondition } from '../../shared/where.js';
import { listUsers } from './accounts.service.js';
import { requireRole, ROLES, type Role } from './viewer.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

/** The roles of SPEC §6.1 as a GraphQL enum (viewer.ts keeps the plain type). */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do (vai trò, SPEC §6.1).',
  valuesConfig: {
    ADMIN: { description: 'Quản trị — everything: users, tokens, units and lineage, imports, approvals.' },
    LEADER: { description: 'Lãnh đạo — reads everything in scope; approves or returns submitted inspections.' },
    ANALYST: { description: 'Chuyên viên phân tích — reads everything in scope, in the dashboard or with API tokens.' },
    INSPECTOR: { description: 'Thành viên đoàn kiểm tra — records inspections of units in scope, edits own drafts, submits.' },
    UNIT_OFFICER: { description: 'Cán bộ đơn vị — reads own unit’s subtree; updates its recommendations’ progress, annual plans and models.' },
  },
});

@ObjectType({ description: 'A user of the hub (người dùng): who they are, their role and the units they see.' })
export class UserAccount {
  @Field(() => String, { description: 'Sign-in name (tên đăng nhập).' })
  login!: string;

  @Field(() => String, { nullable: true, description: 'Full name (họ tên), when known.' })
  name!: string | null;

  @Field(() => RoleEnum, { description: 'Role (vai trò).' })
  role!: Role;

  @Field(() => [String], { description: 'Unit codes whose subtrees the user sees (phạm vi); empty = the whole city.' })
  scopeRoots!: string[];

  @Field(() => Boolean, { description: 'Disabled accounts cannot sign in and their tokens are refused.' })
  disabled!: boolean;
}

export const RoleCondition = EnumCondition('RoleCondition', RoleEnum, 'a user\'s role (vai trò)');

@InputType({ description: `Which users, as conditions combined with and, or, not (issue 11.3), e.g. \`{ role: { in: [LEADER, INSPECTOR] }, not: { login: { contains: "test" } } }\`. ${LOGIC.rule}` })
export class UserWhere {
  @Field(() => [UserWhere], { nullable: true, description: LOGIC.and })
  and?: UserWhere[];

  @Field(() => [UserWhere], { nullable: true, description: LOGIC.or })
  or?: UserWhere[];

  @Field(() => UserWhere, { nullable: true, description: LOGIC.not })
  not?: UserWhere;

  @Field(() => StringCondition, { nullable: true, description: 'Tên đăng nhập — the sign-in name.' })
  login?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Họ tên — the full name (contains: accent-insensitive).' })
  name?: StringCondition;

  @Field(() => RoleCondition, { nullable: true, description: 'Vai trò — the role.' })
  role?: object;
}

@Resolver()
export class AuthResolver {
  @Query(() => UserAccount, { nullable: true, description: 'Who is asking: the signed-in user or token owner; null for an anonymous reader (ACCESS=open).' })
  me(@Ctx() ctx: Context): UserAccount | null {
    return ctx.viewer ? { ...ctx.viewer, disabled: false } : null;
  }

  @Query(() => [UserAccount], { nullable: true, description: 'Every user, by login (ADMIN only; `qcdc user add/disable` changes them). ' + NULL_ON_ERROR })
  async users(
    @Ctx() ctx: Context,
    @Arg('where', () => UserWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ role: { eq: INSPECTOR } }`).' }) where?: UserWhere,
  ): Promise<UserAccount[]> {
    requireRole(ctx.viewer, 'ADMIN');
    return listUsers(sqlFor(ctx.em), where);
  }
}

import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { Role } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REPORTER: "Reporter" };

// The roles themselves are prisma/schema.prisma's enum.
export const roleSchema = z.enum(Role, { error: "Choose Admin, Editor or Reporter." });
// The length check aborts before the email pattern runs: no pattern sees more than 254 characters.
export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: "That email address is too long.", abort: true })
  .toLowerCase()
  .email("Enter an email address, like name@example.com.");
export const nameSchema = z.string().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters.");

export const addUserSchema = z.object({ name: nameSchema, email: emailSchema, role: roleSchema });
export type AddUserInput = z.infer<typeof addUserSchema>;

export const changeRoleSchema = z.object({ userId: z.uuid("That account does not exist."), role: roleSchema });
export const userIdSchema = z.object({ userId: z.uuid("That account does not exist.") });
export const setActiveSchema = userIdSchema.extend({
  active: z.enum(["true", "false"], { error: "Choose to deactivate or reactivate the account." }).transform((value) => value === "true"),
});

export const profileSchema = z.object({
  name: nameSchema,
  bio: z.string().trim().max(1000, "Keep the bio under 1,000 characters.").default(""),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "The two passwords differ; type the same one twice.", path: ["confirm"] });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, "Enter your current password.").max(1024), password: newPasswordSchema, confirm: z.string().max(1024) })
  .refine((v) => v.password === v.confirm, { message: "The two passwords differ; type the same one twice.", path: ["confirm"] })
  .refine((v) => v.password !== v.current, { message: "Choose a password different from the current one.", path: ["password"] });

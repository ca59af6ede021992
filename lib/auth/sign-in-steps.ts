// What the password step of sign-in answers besides "wrong" (next-auth hands the form the
// thrown message as its error). Shared by the server (lib/auth/options.ts) and the form.

/** The password was right and the account has a second factor: the code step is next. */
export const TWO_FACTOR_REQUIRED = "TwoFactorRequired";
/** The code step found no live challenge (over 5 minutes, or forged): back to the password. */
export const TWO_FACTOR_EXPIRED = "TwoFactorExpired";

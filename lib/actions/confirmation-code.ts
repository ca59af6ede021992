/** The code of an action refused for want of a fresh confirmation; the console then asks for it. */
export const CONFIRMATION_REQUIRED = "confirmation_required";

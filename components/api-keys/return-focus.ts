import type { RefObject } from "react";

/**
 * onCloseAutoFocus for a dialog opened from a menu item: Radix would return focus to the
 * item, which is gone with the menu, so send it to the row's menu button instead.
 */
export function returnFocusTo(ref?: RefObject<HTMLElement | null>) {
  return (event: Event) => {
    if (!ref?.current) return;
    event.preventDefault();
    ref.current.focus();
  };
}

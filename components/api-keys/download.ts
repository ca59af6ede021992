/** `<name>.apikey`, with characters that file systems refuse replaced. */
export function apiKeyFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").replace(/^[.\s-]+|[.\s]+$/g, "");
  return `${safe || "api-key"}.apikey`;
}

/**
 * Saves text as a file through a Blob URL made in the browser: the key never travels to a
 * server URL (where it could end up in access logs or the browser history).
 */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; drop the Blob soon after.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

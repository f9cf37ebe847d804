// Saves a file made in the browser (a Word document, a CSV) under a name.
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.style.display = "none";
  a.href = url;
  a.setAttribute("download", filename);
  document.body.appendChild(a);
  a.click();
  // The browser reads the link (and its file name) after this task: let it be for a while.
  setTimeout(() => {
    a.remove();
    URL.revokeObjectURL(url);
  }, 10_000);
}

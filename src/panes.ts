// The page's parts that are not needed for the first prompt, in their own chunk: App.svelte loads
// it once the terminal takes keys, so the page's first script stays small.
export { default as TreeView } from './tree/TreeView.svelte';
export { default as FileView } from './panels/FileView.svelte';
export { default as Inspectors } from './inspect/Inspectors.svelte';
export { default as ShortcutSheet } from './panels/ShortcutSheet.svelte';
export { default as SessionPanel } from './panels/SessionPanel.svelte';
export { default as ShareDialog } from './panels/ShareDialog.svelte';
export { default as LessonPanel } from './lessons/LessonPanel.svelte';

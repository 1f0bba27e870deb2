// The page's parts that are not needed for the first prompt, in their own chunk: App.svelte loads
// it once the terminal takes keys, so the page's first script stays small. The side panes' frames
// and the splitters come from here too (PaneGrid keeps their places in the grid until then), and
// the masthead's choice of kernel profile.
export { default as FilesPane } from './panels/FilesPane.svelte';
export { default as SidePane } from './panels/SidePane.svelte';
export { default as Splitter } from './panels/Splitter.svelte';
export { default as TreeView } from './tree/TreeView.svelte';
export { default as FileView } from './panels/FileView.svelte';
export { default as Inspectors } from './inspect/Inspectors.svelte';
export { default as ShortcutSheet } from './panels/ShortcutSheet.svelte';
export { default as SessionPanel } from './panels/SessionPanel.svelte';
export { default as ShareDialog } from './panels/ShareDialog.svelte';
export { default as LessonPanel } from './lessons/LessonPanel.svelte';
export { default as ProfileSwitch } from './panels/ProfileSwitch.svelte';

// What a started embed needs, in its own chunk: the playground's state (which makes the kernel
// worker) and its panes (which load xterm.js). The embed imports it only when it starts, so a
// documentation page with many embeds loads none of it until a reader presses Run.
export { PlaygroundState } from '../state/playground.svelte';
export { default as LivePanes } from './LivePanes.svelte';

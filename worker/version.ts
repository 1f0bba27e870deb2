// What a session log names as its origin: the simulator's version (the package's) and the kernel
// model it runs. A log made by another version may replay differently; the page says so.

export const SIMULATOR_VERSION = '0.2.0';

/** The RFC v2 tracing-namespaces series on the user_events status-bit ABI of Linux 6.0–6.3. */
export const KERNEL_PROFILE = 'rfc-v2';

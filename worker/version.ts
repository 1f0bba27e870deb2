// What a session log names as its origin besides its kernel profile: the simulator's version (the
// package's). A log made by another version may replay differently; the page says so. The profile
// is the booted kernel's (worker/kernel/profile.ts), recorded by the session log.

export const SIMULATOR_VERSION = '0.2.0';

// Filled in with the composition root.
export {};

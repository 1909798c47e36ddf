/** The narrative moved to narrative/ (one file per section); this path stays for src/diff. */
export * from './narrative/index.ts';

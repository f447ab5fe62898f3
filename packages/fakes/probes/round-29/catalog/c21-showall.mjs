export default [
  { name: 'show all', steps: ['SHOW ALL'] },
  { name: 'show all after set', steps: ["SET work_mem = '8MB'", 'SHOW ALL'] },
];
